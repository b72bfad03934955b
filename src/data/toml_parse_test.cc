// Tests of TOML parsing: what toml++ 3.3 is not safe on (the fuzzers'
// findings) is a located data error before toml++ sees it, what toml++
// itself refuses is located too, and non-ASCII text inside strings and
// comments is parsed.
#include "data/toml_parse.h"

#include <gtest/gtest.h>

namespace entente {
namespace toml_parse_test {

struct Case {
  std::string text;
  std::string error;  // empty: parses
};

// Each text parses, or fails with a message that starts with its error.
template <size_t N>
void ExpectParses(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    Result<toml::table> t = ParseToml(c.text, "t.toml");
    if (c.error.empty()) {
      EXPECT_TRUE(t.ok()) << c.text << ": " << t.status().ToString();
    } else {
      ASSERT_FALSE(t.ok()) << c.text;
      EXPECT_EQ(t.status().message().rfind(c.error, 0), 0u) << t.status().message();
    }
  }
}

TEST(TomlParseTest, Issue16NonAsciiBetweenTokensIsALocatedError) {
  const Case cases[] = {
      // The fuzzer's finding: U+03D0 where a value should start.
      {"[[claim]]\nid = \xcf\x90\"x\"\n",
       "t.toml:2:6: expected a value (a quoted string, number, boolean, date-time, array or inline table), got the "
       "non-ASCII character U+03D0"},
      {"k\xc3\xa9y = 1\n", "t.toml:1:2: expected '=' or '.' after a key, got the non-ASCII character U+00E9"},
      {"a = 1\n\xc2\xa0" "b = 2\n",
       "t.toml:2:1: expected a key = value pair, a [table] header, a comment or a line break, got the non-ASCII "
       "character U+00A0"},
      {"name = \"C\xc3\xb4te d'Ivoire\" # \xc3\xa9t\xc3\xa9\n", ""},
      {"s = 'l\xc3\xa0'\nm = \"\"\"\nmulti \xc3\xa9 \\\" \"\"\"\"\nl = '''\xc3\xa9'''\n", ""},
      {"e = \"a \\\" \xc3\xa9\"\n", ""},
      {"\xEF\xBB\xBFx = 1\n", ""},
  };
  ExpectParses(cases);
}

// The fuzzers' finding: a table header whose key starts with a character no
// key starts with ("[&x]") trips an assertion of toml++ 3.3 (an abort in a
// debug build, an assumption of the optimiser in a release one).
TEST(TomlParseTest, Issue16TableHeaderWithoutAKeyIsALocatedError) {
  const Case cases[] = {
      {"[paper]\ntitle = \"x\"\n\n[&[cl = \"y\"\n", "t.toml:4:2: expected a key after '['"},
      {"[[&claim]]\n", "t.toml:1:3: expected a key after '[['"},
      {"  [ {x]\n", "t.toml:1:5: expected a key after '['"},
      // The key on no line.
      {"[\n[[claim]]\n",
       "t.toml:1:2: expected a key after '[' (letters, digits, '_', '-' or a quoted string), got a line break"},
      {"[[\r\n",
       "t.toml:1:3: expected a key after '[[' (letters, digits, '_', '-' or a quoted string), got a line break"},
      // A '}' inside an array, where toml++ asserts a value starts.
      {"[paper]\ntitle = [[[[}\n", "t.toml:2:13: expected a value or ']' in an array, got '}'"},
      {"a = [1,\n  }]\n", "t.toml:2:3: expected a value or ']' in an array, got '}'"},
      {"[ok]\n[[a.b]]\n[ \"quoted\" ]\n['lit']\n[-_9]\n", ""},
      // Brackets of values are no headers, on any line.
      {"a = [\n  [1, 2],\n  [ {x = 1} ],\n]\nb = { c = [ [3] ] }\n[t]\n", ""},
      {"s = [\"}\", '}', \"\"\"}\"\"\"] # }\n", ""},
      {"s = \"\"\"\n[&not a header]\n\"\"\"\n# [& nor this\n", ""},
  };
  ExpectParses(cases);
}

// The event-record fuzz target's finding (Base64
// ZSA9IDgiMmQiNjBkQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQidCaWxCcGlvY2xwYW15Le+4vyJpcGxvQ21M):
// the old guard took the quote after the malformed value 8"2d" for a
// string's start, and toml++ 3.3 went on to an `unreachable` point at the
// non-ASCII U+FE3F. Every case below is refused before toml++ sees it.
TEST(TomlParseTest, Issue16FuzzQuoteAfterAMalformedValueIsALocatedError) {
  const Case cases[] = {
      {"e = 8\"2d\"60dBBBBBBBBBBBBBBBBBBBBBBBBBB'BilBpioclpamy-\xef\xb8\xbf\"iploCmL",
       "t.toml:1:6: expected a comment or a line break after a value, got '\"'"},
      {"e = 8'x\xef\xb8\xbf'\n", "t.toml:1:6: expected a comment or a line break after a value, got \"'\""},
      {"e = x'\xef\xb8\xbf'\n", "t.toml:1:5: expected a value"},
      // Well-formed text with the same character in strings and comments.
      {"e = '\xef\xb8\xbf' # \xef\xb8\xbf\nf = \"\"\"\xef\xb8\xbf\\\n\"\"\"\n", ""},
  };
  ExpectParses(cases);
}

// What only toml++ can see (a key defined twice, a number out of range) is
// left to it, and located the same way.
TEST(TomlParseTest, ErrorsOfWellFormedTextAreLocatedByTomlPlusPlus) {
  const Case cases[] = {
      {"a = 1\na = 2\n", "t.toml:2:5: Error while parsing key-value pair: cannot redefine existing integer 'a'"},
      {"[t]\n[t]\n", "t.toml:2:"},
      {"n = 99999999999999999999\n",
       "t.toml:1:25: Error while parsing decimal integer: '99999999999999999999' is not representable in 64 bits"},
  };
  ExpectParses(cases);
}

}  // namespace toml_parse_test
}  // namespace entente
