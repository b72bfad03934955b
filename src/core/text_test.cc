// Tests of the text helpers: quoting data in messages so that it cannot break
// a message's lines or a terminal.
#include "core/text.h"

#include <string>

#include <gtest/gtest.h>

namespace entente {
namespace text_test {

TEST(QuoteForMessageTest, Issue16EscapesWhatDataMustNotPrintRaw) {
  struct Case {
    std::string text;
    std::string quoted;
  } cases[] = {
      {"Pakistan", "\"Pakistan\""},
      {"C\xc3\xb4te d'Ivoire", "\"C\xc3\xb4te d'Ivoire\""},  // well-formed UTF-8 kept
      {std::string("a\0b", 3), "\"a\\x00b\""},
      {"two\nlines\r\tend", "\"two\\nlines\\r\\tend\""},
      {"bad \xff\xfe byte", "\"bad \\xff\\xfe byte\""},
      {"cut \xc3", "\"cut \\xc3\""},  // a sequence cut short
      {"\x1b[31mred", "\"\\x1b[31mred\""},
      {"", "\"\""},
  };
  for (const Case& c : cases) EXPECT_EQ(QuoteForMessage(c.text), c.quoted) << c.text;
}

TEST(QuoteForMessageTest, Issue16LongTextIsCut) {
  EXPECT_EQ(QuoteForMessage(std::string(40000, 'a'), 5), "\"aaaaa...\"");
  EXPECT_EQ(QuoteForMessage("abcde", 5), "\"abcde\"");
}

}  // namespace text_test
}  // namespace entente
