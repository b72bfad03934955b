// Tests of TOML parsing's guard: a non-ASCII character between tokens, which
// toml++ 3.3 meets with undefined behaviour, is a located data error, and
// non-ASCII text inside strings and comments is left to the parser.
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
      {"[[claim]]\nid = \xcf\x90\"x\"\n", "t.toml:2:6: a non-ASCII character outside a quoted string"},
      {"k\xc3\xa9y = 1\n", "t.toml:1:2: a non-ASCII character"},
      {"a = 1\n\xc2\xa0" "b = 2\n", "t.toml:2:1: a non-ASCII character"},
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
      {"[paper]\ntitle = \"x\"\n\n[&[cl = \"y\"\n", "t.toml:4:2: a table header needs a key"},
      {"[[&claim]]\n", "t.toml:1:3: a table header needs a key"},
      {"  [ {x]\n", "t.toml:1:5: a table header needs a key"},
      {"[\n[[claim]]\n", "t.toml:1:2: a table header needs a key"},  // the key on no line
      {"[[\r\n", "t.toml:1:3: a table header needs a key"},
      // A '}' inside an array, where toml++ asserts a value starts.
      {"[paper]\ntitle = [[[[}\n", "t.toml:2:13: a '}' inside an array"},
      {"a = [1,\n  }]\n", "t.toml:2:3: a '}' inside an array"},
      {"[ok]\n[[a.b]]\n[ \"quoted\" ]\n['lit']\n[-_9]\n", ""},
      // Brackets of values are no headers, on any line.
      {"a = [\n  [1, 2],\n  [ {x = 1} ],\n]\nb = { c = [ [3] ] }\n[t]\n", ""},
      {"s = [\"}\", '}', \"\"\"}\"\"\"] # }\n", ""},
      {"s = \"\"\"\n[&not a header]\n\"\"\"\n# [& nor this\n", ""},
  };
  ExpectParses(cases);
}

}  // namespace toml_parse_test
}  // namespace entente
