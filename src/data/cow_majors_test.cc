// Tests of the major powers loader: broken spells first, then the bundle.
#include "data/cow_majors.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_majors_test {

constexpr const char* kHeader = "\"ccode\",\"styear\",\"stmonth\",\"stday\",\"endyear\",\"endmonth\",\"endday\",\"version\"\n";

TEST(CowMajors, RejectsBadSpells) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"710,1950,13,1,2016,12,31,2016\n", "majors.csv:2:10: column \"stmonth\": got \"13\""},
      {"710,1950,1,1,1940,12,31,2016\n", "majors.csv:2:14: column \"endyear\": got \"1940\", expected an end on or after"},
      {"X,1950,1,1,2016,12,31,2016\n", "majors.csv:2:1: column \"ccode\""},
  };
  for (const auto& c : cases) {
    std::istringstream in(std::string(kHeader) + c.body);
    Result<MajorPowers> m = LoadCowMajors(in, "majors.csv");
    ASSERT_FALSE(m.ok()) << c.body;
    EXPECT_NE(m.status().message().find(c.message), std::string::npos) << m.status().message();
  }
}

TEST(CowMajors, SpellsCoverTheirYears) {
  std::istringstream in(std::string(kHeader) + "255,1816,1,1,1918,11,11,2016\n255,1925,1,1,1945,5,7,2016\n");
  Result<MajorPowers> m = LoadCowMajors(in, "majors.csv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_TRUE(m->IsMajor(CowCode{255}, 1918));
  EXPECT_FALSE(m->IsMajor(CowCode{255}, 1920));
  EXPECT_TRUE(m->IsMajor(CowCode{255}, 1945));
  EXPECT_FALSE(m->IsMajor(CowCode{2}, 1945));
}

TEST(CowMajors, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<MajorPowers> m = LoadCowMajors(dir / "cow" / "cow_majors.csv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->spells.size(), 14u);
  EXPECT_TRUE(m->IsMajor(CowCode{710}, 1972));
  EXPECT_FALSE(m->IsMajor(CowCode{710}, 1949));
  EXPECT_FALSE(m->IsMajor(CowCode{770}, 2000));
}

}  // namespace cow_majors_test
}  // namespace entente
