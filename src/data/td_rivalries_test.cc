// Tests of the rivalries loader: broken rows first, then the bundle's
// South Asian rivalries.
#include "data/td_rivalries.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace td_rivalries_test {

constexpr const char* kHeader =
    "\"rivalryno\",\"rivalryname\",\"ccode1\",\"ccode2\",\"styear\",\"endyear\",\"region\",\"type1\",\"type2\",\"type3\"\n";

TEST(TdRivalries, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"106,\"India-Pakistan\",750,770,1947,1946,\"South Asia\",\"positional\",NA,NA\n",
       "riv.csv:2:35: column \"endyear\": got \"1946\", expected a year on or after styear (1947)"},
      {"106,\"India-Pakistan\",750,770,1947,2010,\"South Asia\",\"economic\",NA,NA\n",
       "riv.csv:2:53: column \"type1\": got \"economic\""},
      {"106,\"India-Pakistan\",750,770,1947,2010,\"South Asia\",NA,NA,NA\n", "riv.csv:2:53: column \"type1\""},
      {"106,,750,770,1947,2010,\"South Asia\",\"spatial\",NA,NA\n", "riv.csv:2:5: column \"rivalryname\""},
  };
  for (const auto& c : cases) {
    std::istringstream in(std::string(kHeader) + c.body);
    auto rows = LoadTdRivalries(in, "riv.csv");
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST(TdRivalries, ReadsTypesSkippingNA) {
  std::istringstream in(std::string(kHeader) +
                        "115,\"China-Taiwan\",710,713,1949,2010,\"East Asia\",\"positional\",\"spatial\",\"ideological\"\n"
                        "77,\"China-Germany\",255,710,1897,1900,\"East Asia\",\"spatial\",NA,NA\n");
  auto rows = LoadTdRivalries(in, "riv.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].types, (std::vector<std::string>{"positional", "spatial", "ideological"}));
  EXPECT_EQ((*rows)[1].types, (std::vector<std::string>{"spatial"}));
}

TEST(TdRivalries, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto rows = LoadTdRivalries(dir / "cow" / "td_rivalries.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 197u);
}

}  // namespace td_rivalries_test
}  // namespace entente
