// Tests of the state system loader: broken spells first, then the bundle.
#include "data/cow_states.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_states_test {

constexpr const char* kHeader =
    "\"stateabb\",\"ccode\",\"statenme\",\"styear\",\"stmonth\",\"stday\",\"endyear\",\"endmonth\",\"endday\","
    "\"version\"\n";

TEST(CowStates, RejectsBadSpells) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"\"PAK\",770,\"Pakistan\",1947,8,14,2016,12,31,2016\n\"IND\",X,\"India\",1947,8,15,2016,12,31,2016\n",
       "states.csv:3:7: column \"ccode\": got \"X\""},
      {"\"PAK\",770,\"Pakistan\",1947,13,14,2016,12,31,2016\n", "states.csv:2:27: column \"stmonth\": got \"13\""},
      {"\"PAK\",770,\"Pakistan\",1947,2,30,2016,12,31,2016\n",
       "column \"stday\": got \"30\", expected a day that exists"},
      {"\"PAK\",770,\"Pakistan\",1947,8,14,1946,12,31,2016\n",
       "column \"endyear\": got \"1946\", expected an end on or after the start, 1947-08-14"},
      {"\"PAK\",770,\"Pakistan\",1947,8,14,2016,12,,2016\n", "column \"endday\""},
  };
  for (const auto& c : cases) {
    std::istringstream in(std::string(kHeader) + c.body);
    Result<std::vector<MembershipSpell>> s = LoadCowStates(in, "states.csv");
    ASSERT_FALSE(s.ok()) << c.body;
    EXPECT_NE(s.status().message().find(c.message), std::string::npos) << s.status().message();
  }
}

TEST(CowStates, KeepsTheDays) {
  std::istringstream in(std::string(kHeader) + "\"PAK\",770,\"Pakistan\",1947,8,14,2016,12,31,2016\n");
  Result<std::vector<MembershipSpell>> s = LoadCowStates(in, "states.csv");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 1u);
  EXPECT_EQ((*s)[0].ccode, CowCode{770});
  EXPECT_EQ((*s)[0].start, (CalendarDate{1947, 8, 14}));
  EXPECT_EQ((*s)[0].end, (CalendarDate{2016, 12, 31}));
}

TEST(CowStates, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<std::vector<MembershipSpell>> s = LoadCowStates(dir / "cow" / "cow_states.csv");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->size(), 243u);
  int cuba = 0;
  for (const auto& spell : *s) cuba += spell.ccode == CowCode{40};
  EXPECT_EQ(cuba, 2);  // 1902-1906 and from 1909: the US occupation between
}

}  // namespace cow_states_test
}  // namespace entente
