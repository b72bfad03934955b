// Tests of the id readers behind event links: small inline files, good and
// broken, then the bundle's own files.
#include "data/dataset_ids.h"

#include <sstream>

#include <gtest/gtest.h>

#include "data/manifest.h"
#include "support/bundle.h"

namespace entente {
namespace dataset_ids_test {

CsvOptions SipriOptions() {
  CsvOptions o;
  o.preamble_lines = 2;
  o.line_end_mark = ';';
  return o;
}

TEST(DatasetIdsTest, ReportsTheExactPlaceOfABadId) {
  struct Case {
    const char* name;
    const char* text;
    Status (*read)(std::istream&, const std::string&, const CsvOptions&, DatasetIds*);
    CsvOptions options;
    const char* expected;
  } cases[] = {
      {"sipri id not a number", "pre;\npre;\nSIPRI AT Database ID,Supplier;\n52997,China;\n5299x,China;\n",
       &ReadSipriDealIds, SipriOptions(), "t.csv:5:1: column \"SIPRI AT Database ID\": got \"5299x\""},
      {"sipri id empty", "pre;\npre;\nSIPRI AT Database ID,Supplier;\n,China;\n", &ReadSipriDealIds,
       SipriOptions(), "t.csv:4:1: column \"SIPRI AT Database ID\": got \"\""},
      {"sipri column missing", "pre;\npre;\nDeal,Supplier;\n1,China;\n", &ReadSipriDealIds, SipriOptions(),
       "SIPRI AT Database ID"},
      {"veto draft empty", "year,draft\n1972,S/10771\n1973,\n", &ReadVetoDrafts, CsvOptions{},
       "t.csv:3:6: column \"draft\": got \"\", expected a non-empty identifier"},
      {"reactor iaea id not a number", "Id,Name,IAEAId\n783,KANUPP-2,1067\n785,KANUPP-3,10x8\n", &ReadReactorIds,
       CsvOptions{}, "t.csv:3:14: column \"IAEAId\": got \"10x8\", expected a whole number or an empty field"},
      {"reactor name empty", "Id,Name,IAEAId\n783,,1067\n", &ReadReactorIds, CsvOptions{},
       "t.csv:2:5: column \"Name\": got \"\""},
  };
  for (const Case& c : cases) {
    std::istringstream in(c.text);
    DatasetIds ids;
    Status s = c.read(in, "t.csv", c.options, &ids);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.ExitCode(), 3) << c.name;
    EXPECT_NE(s.message().find(c.expected), std::string::npos) << c.name << ": " << s.message();
  }
}

TEST(DatasetIdsTest, CollectsIdsAndAcceptsAnEmptyIaeaId) {
  DatasetIds ids;
  std::istringstream sipri("pre;\npre;\nSIPRI AT Database ID,Supplier;\n52997,China;\n52997,China;\n58056,China;\n");
  ASSERT_TRUE(ReadSipriDealIds(sipri, "s.csv", SipriOptions(), &ids).ok());
  std::istringstream vetoes("year,draft\n1972,S/10771\n");
  ASSERT_TRUE(ReadVetoDrafts(vetoes, "v.csv", CsvOptions{}, &ids).ok());
  std::istringstream reactors("Id,Name,IAEAId\n783,KANUPP-2,1067\n900,Planned-1,\n");
  ASSERT_TRUE(ReadReactorIds(reactors, "r.csv", CsvOptions{}, &ids).ok());
  EXPECT_EQ(ids.sipri_deals, (std::set<std::string, std::less<>>{"52997", "58056"}));
  EXPECT_EQ(ids.veto_drafts, (std::set<std::string, std::less<>>{"S/10771"}));
  EXPECT_EQ(ids.reactors, (std::set<std::string, std::less<>>{"1067", "KANUPP-2", "Planned-1"}));
}

TEST(DatasetIdsTest, ReadsTheBundlesFiles) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  DatasetIds ids;
  const Manifest& m = Manifest::Bundle();
  for (const char* id : {"sipri_transfers", "unsc_vetoes", "nuclear_plants"}) ASSERT_NE(m.Find(id), nullptr) << id;
  const DatasetInfo& sipri = *m.Find("sipri_transfers");
  const DatasetInfo& vetoes = *m.Find("unsc_vetoes");
  const DatasetInfo& plants = *m.Find("nuclear_plants");
  ASSERT_TRUE(ReadSipriDealIds(dir / sipri.path, sipri.path, sipri.csv, &ids).ok());
  ASSERT_TRUE(ReadVetoDrafts(dir / vetoes.path, vetoes.path, vetoes.csv, &ids).ok());
  ASSERT_TRUE(ReadReactorIds(dir / plants.path, plants.path, plants.csv, &ids).ok());
  for (const char* deal : {"52997", "58056", "33702", "62437", "62227"}) EXPECT_EQ(ids.sipri_deals.count(deal), 1u) << deal;
  EXPECT_EQ(ids.veto_drafts.count("S/10771"), 1u);
  for (const char* r : {"KANUPP-2", "KANUPP-3", "1067", "CHASNUPP-1"}) EXPECT_EQ(ids.reactors.count(r), 1u) << r;
  EXPECT_EQ(ids.veto_drafts.count("S/PV.1660"), 0u) << "a meeting record is not a draft";
  EXPECT_FALSE(ReadVetoDrafts(dir / "no_such_file.csv", "x", CsvOptions{}, &ids).ok());
}

}  // namespace dataset_ids_test
}  // namespace entente
