// Tests of the IGO loader: broken rows with their line and column, then the
// bundle.
#include "data/cow_igo.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_igo_test {

TEST(CowIgo, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"2,20,1920,-9\n", "igo.csv:2:11: column \"dyadigos\": got \"-9\", expected a whole number from 0"},
      {"20,2,1920,7\n", "igo.csv:2:4: column \"ccode2\": got \"2\", expected a code above ccode1 (20)"},
      {"2,20,1920,7\n2,20,1921,7.5\n", "igo.csv:3:11: column \"dyadigos\": got \"7.5\""},
      {"2,20,1920\n", "igo.csv:2:10: record has 3 fields; expected 4"},
  };
  for (const auto& c : cases) {
    std::istringstream in("\"ccode1\",\"ccode2\",\"year\",\"dyadigos\"\n" + c.body);
    auto rows = LoadCowIgo(in, "igo.csv");
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST(CowIgo, ReadsRows) {
  std::istringstream in("ccode1,ccode2,year,dyadigos\n710,770,2014,55\n710,770,2013,0\n");
  auto rows = LoadCowIgo(in, "igo.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].shared, 55);
  EXPECT_EQ((*rows)[1].shared, 0);
}

TEST(CowIgo, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto rows = LoadCowIgo(dir / "cow" / "cow_igo_ndy.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 917695u);
}

}  // namespace cow_igo_test
}  // namespace entente
