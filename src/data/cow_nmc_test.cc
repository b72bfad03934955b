// Tests of the NMC loader: broken files with their exact line and column,
// then the -9 recoding, then the bundle's file.
#include "data/cow_nmc.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_nmc_test {

constexpr const char* kHeader = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n";

Result<NmcTable> Load(const std::string& body) {
  std::istringstream in(std::string(kHeader) + body);
  return LoadCowNmc(in, "nmc.csv");
}

TEST(CowNmc, RejectsMalformedRowsWithLineAndColumn) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"PAK,770,1950,x,1,1,1,1,1,0.01,2021\n", "nmc.csv:2:14: column \"milex\": got \"x\""},
      {"PAK,770,1950,1,1,1,1,1,1,0.01,2021\nPAK,77O,1951,1,1,1,1,1,1,0.01,2021\n", "nmc.csv:3:5: column \"ccode\""},
      {"PAK,770,19x0,1,1,1,1,1,1,0.01,2021\n", "nmc.csv:2:9: column \"year\""},
      {"PAK,770,1950,1,-5,1,1,1,1,0.01,2021\n", "nmc.csv:2:16: column \"milper\": got \"-5\""},
      {"PAK,770,1950,1,1,1,1,1,1,1.5,2021\n", "nmc.csv:2:26: column \"cinc\": got \"1.5\", expected a share"},
      {"PAK,770,1950,1,1,1,1,1,1,0.01\n", "nmc.csv:2:30: record has 10 fields; expected 11"},
      {"PAK,770,1950,1,1,1,1,1,1,0.01,2021\nPAK,770,1950,1,1,1,1,1,1,0.01,2021\n",
       "nmc.csv:3:1: duplicate state-year: ccode 770 in 1950 is also on line 2"},
  };
  for (const auto& c : cases) {
    Result<NmcTable> t = Load(c.body);
    ASSERT_FALSE(t.ok()) << c.body;
    EXPECT_EQ(t.status().code(), Status::Code::kDataError);
    EXPECT_NE(t.status().message().find(c.message), std::string::npos) << t.status().message();
  }
  std::istringstream no_cinc("ccode,year,milex,milper,irst,pec,tpop,upop\n");
  Result<NmcTable> t = LoadCowNmc(no_cinc, "nmc.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("missing column \"cinc\""), std::string::npos);
}

TEST(CowNmc, MinusNineIsMissingNeverANumber) {
  Result<NmcTable> t = Load(
      "PAK,770,1951,-9,200,-9,3,33000.5,4000,0.008,2021\n"
      "IND,750,1950,100,-9,1,2,350000,50000,0.03,2021\n"
      "PAK,770,1950,50,150,1,2,32000,3000.25,0.007,2021\n");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->rows.size(), 3u);
  EXPECT_EQ(t->rows[0].ccode.value, 750);  // sorted by ccode, year
  const NmcRecord* r = t->Find(CowCode{770}, 1951);
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->milex);
  EXPECT_FALSE(r->irst);
  EXPECT_DOUBLE_EQ(*r->milper, 200);
  EXPECT_DOUBLE_EQ(*r->tpop, 33000.5);
  EXPECT_FALSE(t->Find(CowCode{750}, 1950)->milper);
  EXPECT_DOUBLE_EQ(*t->Find(CowCode{770}, 1950)->upop, 3000.25);
  EXPECT_EQ(t->Find(CowCode{770}, 1949), nullptr);
}

TEST(CowNmc, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<NmcTable> t = LoadCowNmc(dir / "cow" / "NMC-60-abridged.csv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->rows.size(), 15951u);
  const NmcRecord* chn = t->Find(CowCode{710}, 2016);
  ASSERT_NE(chn, nullptr);
  EXPECT_NEAR(*chn->cinc, 0.2, 0.05);
  size_t missing_milex = 0;
  for (const auto& r : t->rows) missing_milex += r.milex ? 0 : 1;
  EXPECT_EQ(missing_milex, 2217u);  // the file's -9 count for milex
}

}  // namespace cow_nmc_test
}  // namespace entente
