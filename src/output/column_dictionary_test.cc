// The column dictionary read from docs/OUTPUTS.md: the built-in one parses,
// and malformed tables are refused with the line.
#include "output/column_dictionary.h"

#include <gtest/gtest.h>

namespace entente {
namespace column_dictionary_test {

TEST(ColumnDictionary, BuiltInDictionaryNamesTheKeys) {
  const std::vector<ColumnInfo>& all = ColumnDictionary();
  ASSERT_GT(all.size(), 150u);
  for (const char* name : {"ccode", "ccode1", "ccode2", "iso3", "stateabb", "year", "atop_defense", "dyadigos"}) {
    const ColumnInfo* c = FindColumnInfo(name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_FALSE(c->description.empty()) << name;
  }
  EXPECT_EQ(FindColumnInfo("ccode")->datatype, "integer");
  EXPECT_EQ(FindColumnInfo("2016")->name, "{year}");
  EXPECT_EQ(FindColumnInfo("no_such_column"), nullptr);
}

TEST(ColumnDictionary, OnlyTheDictionarySectionCounts) {
  Result<std::vector<ColumnInfo>> d = ParseColumnDictionary(
      "# Outputs\n| `elsewhere` | string | not in the dictionary |\n## Column dictionary\n\n| column | type | meaning |\n"
      "| --- | --- | --- |\n| `a` | integer | first |\n| `b_2` | number | a | b |\n## Next\n| `c` | string | after |\n",
      "t.md");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ASSERT_EQ(d->size(), 2u);
  EXPECT_EQ((*d)[0].name, "a");
  EXPECT_EQ((*d)[1].datatype, "number");
  EXPECT_EQ((*d)[1].description, "a | b");
}

TEST(ColumnDictionary, MalformedRowsNameTheirLine) {
  struct Case {
    const char* row;
    const char* message;
  } cases[] = {
      {"| `a` | text | x |", "t.md:2: unknown type \"text\""},
      {"| `a` | integer |  |", "t.md:2: the meaning is empty"},
      {"| `a | integer | x |", "t.md:2: no closing `"},
      {"| `a` | integer |", "t.md:2: a type and a meaning are needed"},
  };
  for (const Case& c : cases) {
    Result<std::vector<ColumnInfo>> d = ParseColumnDictionary(std::string("## Column dictionary\n") + c.row + "\n", "t.md");
    ASSERT_FALSE(d.ok()) << c.row;
    EXPECT_EQ(d.status().message().rfind(c.message, 0), 0u) << d.status().message();
  }
  Result<std::vector<ColumnInfo>> twice =
      ParseColumnDictionary("## Column dictionary\n| `a` | integer | x |\n| `a` | number | y |\n", "t.md");
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("t.md:3: a is listed twice"), std::string::npos);
  EXPECT_FALSE(ParseColumnDictionary("no table here\n", "t.md").ok());
}

}  // namespace column_dictionary_test
}  // namespace entente
