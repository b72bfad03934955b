// Tests of the ATOP loader: broken rows with their line and column, then the
// directed reading, then the bundle.
#include "data/atop_alliance.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace atop_alliance_test {

constexpr const char* kHeader =
    "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\",\"atop_neutral\",\"atop_nonagg\",\"atop_consul\"\n";

Result<std::vector<AtopDyadYear>> Load(const std::string& body) {
  std::istringstream in(std::string(kHeader) + body);
  return LoadAtopAlliance(in, "atop.csv");
}

TEST(AtopAlliance, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"2,20,1942,1,1,0,0,2\n", "atop.csv:2:19: column \"atop_consul\": got \"2\", expected 0 or 1"},
      {"2,20,1942,1,1,0,0,0\n2,20,,1,1,0,0,0\n", "atop.csv:3:6: column \"year\": got \"\""},
      {"2,20,1942,NA,1,0,0,0\n", "atop.csv:2:11: column \"atop_defense\": got \"NA\""},
      {"2,20,1942,1,1,0,0\n", "atop.csv:2:18: record has 7 fields; expected 8"},
  };
  for (const auto& c : cases) {
    auto rows = Load(c.body);
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST(AtopAlliance, ReadsDirectedPledges) {
  auto rows = Load("2,235,1944,1,1,0,0,0\n235,2,1944,0,1,0,0,0\n");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_TRUE((*rows)[0].Has(AtopPledge::kDefense));
  EXPECT_FALSE((*rows)[1].Has(AtopPledge::kDefense));
  EXPECT_TRUE((*rows)[1].Has(AtopPledge::kOffense));
  EXPECT_STREQ(AtopPledgeName(AtopPledge::kNonAggression), "non_aggression");
}

TEST(AtopAlliance, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto rows = LoadAtopAlliance(dir / "cow" / "atop_alliance.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 273296u);
}

}  // namespace atop_alliance_test
}  // namespace entente
