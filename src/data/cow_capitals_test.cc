// Tests of the capitals loader: broken rows first, then the bundle.
#include "data/cow_capitals.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_capitals_test {

constexpr const char* kHeader = "\"ccode\",\"statenme\",\"capital\",\"stdate\",\"enddate\",\"lat\",\"lng\"\n";

TEST(CowCapitals, RejectsBadRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"X,\"Pakistan\",\"Karachi\",1947-01-01,1959-06-12,24.85,67.02\n",
       "capitals.csv:2:1: column \"ccode\": got \"X\""},
      {"770,\"Pakistan\",\"Karachi\",1947-13-01,1959-06-12,24.85,67.02\n", "capitals.csv:2:26: column \"stdate\""},
      {"770,\"Pakistan\",\"Karachi\",1960-01-01,1959-06-12,24.85,67.02\n",
       "column \"enddate\": got \"1959-06-12\", expected an end on or after the start, 1960-01-01"},
      {"770,\"Pakistan\",\"Karachi\",1947-01-01,1959-06-12,94.85,67.02\n",
       "column \"lat\": got \"94.85\", expected decimal degrees from -90 to 90"},
      {"770,\"Pakistan\",\"Karachi\",1947-01-01,1959-06-12,24.85,NA\n", "column \"lng\": got \"NA\""},
      {"770,\"Pakistan\",,1947-01-01,1959-06-12,24.85,67.02\n", "column \"capital\""},
  };
  for (const auto& c : cases) {
    std::istringstream in(std::string(kHeader) + c.body);
    Result<std::vector<CapitalSpell>> s = LoadCowCapitals(in, "capitals.csv");
    ASSERT_FALSE(s.ok()) << c.body;
    EXPECT_NE(s.status().message().find(c.message), std::string::npos) << s.status().message();
  }
}

TEST(CowCapitals, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<std::vector<CapitalSpell>> s = LoadCowCapitals(dir / "cow" / "cow_capitals.csv");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->size(), 242u);
  std::vector<std::string> pakistan;
  for (const auto& c : *s) {
    if (c.ccode == CowCode{770}) pakistan.push_back(c.capital);
  }
  EXPECT_EQ(pakistan, (std::vector<std::string>{"Karachi", "Rawalpindi", "Islamabad"}));
}

}  // namespace cow_capitals_test
}  // namespace entente
