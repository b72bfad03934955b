// Tests of the power balance measures: degenerate input first, then small
// hand-computed cases, then properties.
#include "measures/power_balance.h"

#include <gtest/gtest.h>

namespace entente {
namespace power_balance_test {

constexpr std::optional<double> kMissing = std::nullopt;

TEST(PowerBalance, MissingOrEmptyGivesMissing) {
  EXPECT_FALSE(CoalitionTotal({}));
  EXPECT_FALSE(CoalitionTotal({0.1, kMissing}));
  EXPECT_FALSE(CoalitionTotal({kMissing}));
  EXPECT_FALSE(CapabilityRatio(kMissing, 1.0));
  EXPECT_FALSE(CapabilityRatio(1.0, kMissing));
  EXPECT_FALSE(CapabilityRatio(1.0, 0.0));
  EXPECT_FALSE(CapabilityShare(0.0, 0.0));
  EXPECT_FALSE(CapabilityShare(kMissing, 0.5));
}

TEST(PowerBalance, HandComputed) {
  EXPECT_DOUBLE_EQ(*CoalitionTotal({0.0075, 0.2}), 0.2075);
  EXPECT_DOUBLE_EQ(*CoalitionTotal({0.0}), 0.0);
  EXPECT_DOUBLE_EQ(*CapabilityRatio(0.2, 0.05), 4.0);
  EXPECT_DOUBLE_EQ(*CapabilityRatio(0.0, 0.05), 0.0);
  EXPECT_DOUBLE_EQ(*CapabilityShare(0.3, 0.1), 0.75);
  EXPECT_DOUBLE_EQ(*CapabilityShare(0.0, 0.1), 0.0);
}

TEST(PowerBalance, SharesOfAPairAddToOneAndStayInBounds) {
  const double values[] = {0.0, 1e-9, 0.0075, 0.2, 0.5, 1.0};
  for (double a : values) {
    for (double b : values) {
      auto ab = CapabilityShare(a, b), ba = CapabilityShare(b, a);
      if (a + b == 0) {
        EXPECT_FALSE(ab);
        continue;
      }
      ASSERT_TRUE(ab && ba);
      EXPECT_NEAR(*ab + *ba, 1.0, 1e-12) << a << " " << b;
      EXPECT_GE(*ab, 0.0);
      EXPECT_LE(*ab, 1.0);
    }
  }
}

}  // namespace power_balance_test
}  // namespace entente
