// Tests of Share: undefined without a whole, then hand-computed cases.
#include "measures/shares.h"

#include <gtest/gtest.h>

namespace entente {
namespace shares_test {

TEST(Share, IsMissingWithoutAWhole) {
  EXPECT_EQ(Share(0, 0), std::nullopt);
  EXPECT_EQ(Share(1, 0), std::nullopt);
  EXPECT_EQ(Share(1, -2), std::nullopt);
}

TEST(Share, DividesPartByWhole) {
  struct Case {
    double part, whole, share;
  } cases[] = {{0, 5, 0}, {5, 5, 1}, {715.78, 853.24, 715.78 / 853.24}, {1, 4, 0.25}};
  for (const auto& c : cases) {
    ASSERT_TRUE(Share(c.part, c.whole).has_value()) << c.part << "/" << c.whole;
    EXPECT_DOUBLE_EQ(*Share(c.part, c.whole), c.share) << c.part << "/" << c.whole;
  }
}

}  // namespace shares_test
}  // namespace entente
