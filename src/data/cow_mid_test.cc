// Tests of the MID loader: broken rows with their line and column, the -9
// fatality, then the bundle.
#include "data/cow_mid.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_mid_test {

constexpr const char* kHeader =
    "dispnum,ccode1,ccode2,year,cowmidongoing,cowmidonset,sidea1,sidea2,fatality1,fatality2,fatalpre1,fatalpre2,"
    "hiact1,hiact2,hostlev1,hostlev2,orig1,orig2,fatality,hostlev,mindur,maxdur,recip,stmon\n";

Result<std::vector<MidDyadYear>> Load(const std::string& body) {
  std::istringstream in(std::string(kHeader) + body);
  return LoadCowMid(in, "mid.csv");
}

TEST(CowMid, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"1238,750,770,1947,1,1,1,0,6,6,-9,-9,20,20,6,5,1,1,6,5,464,464,1,9\n",
       "mid.csv:2:43: column \"hostlev1\": got \"6\", expected a whole number from 1 to 5"},
      {"1238,750,770,1947,1,1,1,0,6,6,-9,-9,20,20,5,5,1,1,7,5,464,464,1,9\n",
       "mid.csv:2:51: column \"fatality\": got \"7\""},
      {"1238,750,770,1947,1,yes,1,0,6,6,-9,-9,20,20,5,5,1,1,6,5,464,464,1,9\n",
       "mid.csv:2:21: column \"cowmidonset\": got \"yes\", expected 0 or 1"},
  };
  for (const auto& c : cases) {
    auto rows = Load(c.body);
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST(CowMid, UnknownFatalityIsMissing) {
  auto rows = Load("1308,750,770,1950,1,1,1,0,1,1,-9,-9,17,17,4,4,1,1,-9,4,111,111,1,2\n"
                   "1308,770,750,1950,1,1,0,1,1,1,-9,-9,17,17,4,4,1,1,2,4,111,111,1,2\n");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_FALSE((*rows)[0].fatality);
  EXPECT_EQ((*rows)[1].fatality, 2);
  EXPECT_TRUE((*rows)[0].side_a1);
  EXPECT_FALSE((*rows)[1].side_a1);
  EXPECT_STREQ(HostilityLabel(4), "use of force");
  EXPECT_STREQ(FatalityLabel(6), "1000 or more deaths");
}

TEST(CowMid, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto rows = LoadCowMid(dir / "cow" / "cow_mid_ddydisps.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 10234u);
}

}  // namespace cow_mid_test
}  // namespace entente
