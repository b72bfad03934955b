// Tests of `entente codes`' conversion: the codelist round trip (every ISO3
// and COW code maps back to itself), years, quoting, and what is reported.
#include "query/codes/country_codes.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "data/csv_reader.h"
#include "support/registry_fixture.h"

namespace entente {
namespace country_codes_test {

class CodesTest : public testing::BundleRegistryTest {
 protected:
  // Converts `csv`; returns the output, or the error's message.
  std::string Convert(const std::string& csv, const CodesRequest& request, CodesSummary* summary = nullptr) {
    std::istringstream in(csv);
    std::ostringstream out;
    Result<CodesSummary> r = ConvertCodes(*registry_, in, "in.csv", request, out);
    if (!r.ok()) return r.status().ToString();
    if (summary != nullptr) *summary = *r;
    return out.str();
  }
};

// Runs the codelist through the conversion of `column` read as `from` into
// `to`, and returns (input value, converted value, the row has a COW code).
std::vector<std::tuple<std::string, std::string, bool>> RoundTrip(const CountryRegistry& reg,
                                                                  const std::filesystem::path& codelist,
                                                                  const std::string& column, CodeSystem from,
                                                                  CodeSystem to) {
  std::ifstream in(codelist, std::ios::binary);
  std::stringstream out;
  Result<CodesSummary> r = ConvertCodes(reg, in, "codelist.csv", CodesRequest{column, "", from, {to}}, out);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  CsvReader reader(out, "out");
  EXPECT_TRUE(reader.Start().ok());
  size_t in_col = *reader.ColumnIndex(column);
  size_t cown = *reader.ColumnIndex("cown");
  size_t out_col = reader.header().size() - 1;
  std::vector<std::tuple<std::string, std::string, bool>> rows;
  CsvRecord rec;
  bool has = false;
  while (reader.Next(&rec, &has).ok() && has) {
    if (rec.text(in_col).empty()) continue;
    rows.emplace_back(std::string(rec.text(in_col)), std::string(rec.text(out_col)), !rec.text(cown).empty());
  }
  return rows;
}

TEST_F(CodesTest, EveryCodelistIso3AndCowCodeMapsBackToItself) {
  const std::filesystem::path codelist = dir_ / "countries/codelist.csv";
  struct Case {
    const char* column;
    CodeSystem from;
    CodeSystem to;
    bool states_only;  // auto reads a state before a place (MAC is North Macedonia)
    size_t at_least;
  } cases[] = {
      {"iso3c", CodeSystem::kIso3, CodeSystem::kIso3, false, 240},
      {"iso3c", CodeSystem::kAny, CodeSystem::kIso3, true, 190},
      {"cown", CodeSystem::kCowCode, CodeSystem::kCowCode, false, 200},
      {"cown", CodeSystem::kAny, CodeSystem::kCowCode, false, 200},
      {"iso2c", CodeSystem::kIso2, CodeSystem::kIso2, false, 240},
  };
  for (const auto& c : cases) {
    size_t checked = 0;
    for (const auto& [value, converted, is_state] : RoundTrip(*registry_, codelist, c.column, c.from, c.to)) {
      if (c.states_only && !is_state) continue;
      EXPECT_EQ(converted, value) << c.column << " read as " << CodeSystemName(c.from);
      ++checked;
    }
    EXPECT_GE(checked, c.at_least) << c.column;
  }
}

TEST_F(CodesTest, AppendsTheCodesOfEachRowsYear) {
  struct Case {
    const char* csv;
    std::vector<CodeSystem> to;
    const char* year_column;
    const char* expected;
  } cases[] = {
      {"country,year\nSerbia,1995\nSerbia,2010\n", {CodeSystem::kCowCode, CodeSystem::kIso3, CodeSystem::kName}, "year",
       "country,year,ccode,iso3,name\nSerbia,1995,345,YUG,Yugoslavia\nSerbia,2010,345,SRB,Serbia\n"},
      {"country,year\nKOR,1890\nKOR,2000\n", {CodeSystem::kCowCode, CodeSystem::kGwCode}, "year",
       "country,year,ccode,gwcode\nKOR,1890,730,\nKOR,2000,732,732\n"},
      {"country,year\nKOR,1890\n", {CodeSystem::kCowCode}, "", "country,year,ccode\nKOR,1890,732\n"},
      {"country,year\nRussia,1950\nUSSR,\n", {CodeSystem::kName, CodeSystem::kM49}, "year",
       "country,year,name,m49\nRussia,1950,Soviet Union,810\nUSSR,,Russia,643\n"},
      // Quoted fields stay quoted; fields that need quotes get them.
      {"\"country\",x\n\"NA\",\"a,b\"\n", {CodeSystem::kIso3}, "", "country,x,iso3\n\"NA\",\"a,b\",NAM\n"},
      {"country\nCôte d’Ivoire\n", {CodeSystem::kName}, "", "country,name\nCôte d’Ivoire,Côte d’Ivoire\n"},
      // Nothing is dropped: an unknown name and a bad year keep their rows.
      {"country,year\nAtlantis,2000\nChina,19x5\n", {CodeSystem::kCowCode}, "year",
       "country,year,ccode\nAtlantis,2000,\nChina,19x5,\n"},
      {"country\nHong Kong\n", {CodeSystem::kCowCode, CodeSystem::kIso3}, "", "country,ccode,iso3\nHong Kong,,HKG\n"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Convert(c.csv, CodesRequest{"country", c.year_column, CodeSystem::kAny, c.to}), c.expected) << c.csv;
  }
}

TEST_F(CodesTest, CountsAndExplainsWhatDidNotMatch) {
  CodesSummary s;
  Convert("country,year\nAtlantis,2000\nPakistaan,2000\nAtlantis,2001\nChina,19x5\nHong Kong,2000\nIndia,2000\n",
          CodesRequest{"country", "year", CodeSystem::kAny, {CodeSystem::kCowCode}}, &s);
  EXPECT_EQ(s.rows, 6);
  EXPECT_EQ(s.matched, 1);
  EXPECT_EQ(s.unmatched, 4);
  EXPECT_EQ(s.places, 1);
  ASSERT_EQ(s.problems.size(), 4u);
  EXPECT_EQ(s.problems[0].value, "Atlantis");
  EXPECT_EQ(s.problems[0].rows, 2);
  EXPECT_EQ(s.problems[0].lines, (std::vector<int64_t>{2, 4}));
  EXPECT_NE(s.problems[1].reason.find("did you mean Pakistan (PAK, 770)"), std::string::npos) << s.problems[1].reason;
  EXPECT_EQ(s.problems[2].reason, "column \"year\": got \"19x5\", expected a year");
  EXPECT_TRUE(s.problems[3].place);
}

TEST_F(CodesTest, RejectsMissingAndRepeatedColumnsAndMalformedCsv) {
  struct Case {
    const char* csv;
    CodesRequest request;
    const char* error;
  } cases[] = {
      {"name\nChina\n", {"country", "", CodeSystem::kAny, {CodeSystem::kCowCode}}, "usage error: in.csv"},
      {"country\nChina\n", {"country", "year", CodeSystem::kAny, {CodeSystem::kCowCode}}, "usage error: in.csv"},
      {"country,iso3\nChina,CHN\n", {"country", "", CodeSystem::kAny, {CodeSystem::kIso3}},
       "usage error: in.csv: the input already has a column \"iso3\"; rename it, or leave iso3 out of --to"},
      {"country\nChina\n\"Ind\"ia\n", {"country", "", CodeSystem::kAny, {CodeSystem::kCowCode}}, "data error: in.csv:3:"},
  };
  for (const auto& c : cases) {
    std::string got = Convert(c.csv, c.request);
    EXPECT_EQ(got.rfind(c.error, 0), 0u) << c.csv << " -> " << got;
  }
}

}  // namespace country_codes_test
}  // namespace entente
