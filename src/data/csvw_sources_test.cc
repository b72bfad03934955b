// Tests of reading the datasets of a CSVW metadata file.
#include "data/csvw_sources.h"

#include <gtest/gtest.h>

namespace entente {
namespace csvw_sources_test {

TEST(CsvwSources, ReadsTheIdsInOrderOnce) {
  Result<std::vector<CsvwSource>> s = ParseCsvwSources(
      R"({"url": "v.csv", "dc:source": [
           {"@type": "schema:Dataset", "schema:identifier": "un_votes", "schema:sha256": "ab"},
           {"schema:identifier": "codelist"},
           {"schema:identifier": "un_votes", "schema:sha256": "ab"}]})",
      "v.json");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].id, "un_votes");
  EXPECT_EQ((*s)[0].sha256, "ab");
  EXPECT_EQ((*s)[1].id, "codelist");
  EXPECT_EQ((*s)[1].sha256, "");
}

TEST(CsvwSources, MalformedFilesAreDataErrorsNamingTheFile) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"{\"url\": \"v.csv\",\n  \"dc:source\": [x]}", "v.json:2:17: not JSON: "},
      {"", "v.json:1:1: not JSON: "},
      {"[1, 2]", "v.json: not a CSV on the Web metadata file as entente writes beside a CSV: expected a JSON object"},
      {"{\"url\": \"v.csv\"}", "v.json: not a CSV on the Web metadata file as entente writes beside a CSV: no \"dc:source\""},
      {"{\"dc:source\": {}}", "v.json: not a CSV on the Web metadata file as entente writes beside a CSV: no \"dc:source\" list"},
      {"{\"dc:source\": [{\"schema:identifier\": \"un_votes\"}, \"x\"]}", "v.json: /dc:source/1: expected a dataset"},
      {"{\"dc:source\": [{\"schema:identifier\": 7}]}", "v.json: /dc:source/0: expected a dataset"},
      {"{\"dc:source\": [{\"schema:identifier\": \"a\", \"schema:sha256\": 1}]}",
       "v.json: /dc:source/0/schema:sha256: expected a text"},
  };
  for (const Case& c : cases) {
    Result<std::vector<CsvwSource>> s = ParseCsvwSources(c.text, "v.json");
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.status().code(), Status::Code::kDataError);
    EXPECT_EQ(s.status().message().rfind(c.message, 0), 0u) << s.status().message();
  }
}

TEST(CsvwSources, AFileThatCannotBeReadIsAUsageError) {
  Result<std::vector<CsvwSource>> s = ReadCsvwSources("/nonexistent/v.csv-metadata.json");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kUsage);
  EXPECT_NE(s.status().message().find("/nonexistent/v.csv-metadata.json"), std::string::npos);
}

}  // namespace csvw_sources_test
}  // namespace entente
