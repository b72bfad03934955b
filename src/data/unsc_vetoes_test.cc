// Tests of the veto loader: broken rows with their line and column, the
// China seat before and after 25 October 1971, line breaks inside quoted
// fields, then the bundle's list.
#include "data/unsc_vetoes.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/registry_fixture.h"

namespace entente {
namespace unsc_vetoes_test {

constexpr const char* kHeader =
    "year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3,"
    "single_veto,multiple_vetoes,China,France,Russia,USSR,USA,UK,russia_china,usa_uk,usa_france,usa_france_uk,"
    "france_uk\n";

class UnscVetoesTest : public testing::BundleRegistryTest {
 protected:
  Result<std::vector<Veto>> Load(const std::string& body) {
    std::istringstream in(std::string(kHeader) + body);
    return LoadUnscVetoes(in, "vetoes.csv", *registry_);
  }
};

TEST_F(UnscVetoesTest, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"1972,25/8/1972,8,S/10771,S/PV.1660,Admission,Admission,South Asia,China,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n",
       "vetoes.csv:2:6: column \"date\": got \"25/8/1972\", expected a date written M/D/YYYY"},
      {"1973,8/25/1972,8,S/10771,S/PV.1660,Admission,Admission,South Asia,China,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n",
       "vetoes.csv:2:6: column \"date\": got \"8/25/1972\", expected a date in 1973"},
      {"1972,8/25/1972,8,S/10771,S/PV.1660,Admission,Admission,South Asia,Chinaa,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n",
       "vetoes.csv:2:67: column \"member_veto1\": got \"Chinaa\", expected a permanent member"},
      {"1972,8/25/1972,8,S/10771,S/PV.1660,Admission,Admission,South Asia,,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n",
       "vetoes.csv:2:67: column \"member_veto1\": got \"\", expected the member that cast the veto"},
      {"2020,7/7/2020,7,S/2020/654,\"S/2020/661\nS/2020/657\",Syria,Syria,Middle East,Russia,Chine,,0,1,1,0,1,0,0,0,1,0,0,0,0\n",
       "vetoes.csv:3:44: column \"member_veto2\": got \"Chine\""},
  };
  for (const auto& c : cases) {
    auto rows = Load(c.body);
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_EQ(rows.status().code(), Status::Code::kDataError);
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST_F(UnscVetoesTest, ChinaSeatBelongsToTheRepublicOfChinaBeforeOctober1971) {
  auto rows = Load(
      "1955,12/13/1955,12,S/3502,S/PV.705,Admission of new Members,Admission,East Asia,China,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n"
      "1971,10/24/1971,10,S/X,S/PV.1,Test,Test,General,China,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n"
      "1971,10/25/1971,10,S/Y,S/PV.2,Test,Test,General,China,,,1,0,1,0,0,0,0,0,0,0,0,0,0\n"
      "2020,7/7/2020,7,S/2020/654,\"S/2020/661\nS/2020/657\",Humanitarian access to Syria,Syria,Middle East,Russia,China,,0,1,1,0,1,0,0,0,1,0,0,0,0\n"
      "1946,2/16/1946,2,S/PV.23,S/PV.23,Letter,Lebanon,Middle East,USSR,,,1,0,0,0,0,1,0,0,0,0,0,0,0\n"
      "1976,10/19/1976,10,S/12211,S/PV.1963,Namibia,Namibia,Southern Africa,France,UK,USA,0,1,0,0,0,0,1,1,0,0,0,1,0\n");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 6u);
  EXPECT_EQ((*rows)[0].by[0].ccode.value, 713);
  EXPECT_EQ((*rows)[1].by[0].ccode.value, 713);
  EXPECT_EQ((*rows)[2].by[0].ccode.value, 710);
  EXPECT_EQ((*rows)[3].meeting_record, "S/2020/661\nS/2020/657");
  EXPECT_EQ((*rows)[3].by[1].ccode.value, 710);
  EXPECT_EQ((*rows)[4].by[0].ccode.value, 365);
  EXPECT_EQ((*rows)[4].by[0].listed_as, "USSR");
  ASSERT_EQ((*rows)[5].by.size(), 3u);
  EXPECT_EQ((*rows)[5].by[0].ccode.value, 220);
  EXPECT_EQ((*rows)[5].by[1].ccode.value, 200);
  EXPECT_EQ((*rows)[5].by[2].ccode.value, 2);
}

TEST_F(UnscVetoesTest, ReadsTheBundle) {
  auto rows = LoadUnscVetoes(dir_ / "unsc" / "unsc_vetoes_1946_sept2022.csv", *registry_);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 214u);
  size_t casts = 0;
  for (const auto& v : *rows) casts += v.by.size();
  EXPECT_EQ(casts, 214u + 38u + 13u);  // member_veto1, 2 and 3 filled
}

}  // namespace unsc_vetoes_test
}  // namespace entente
