// Tests of the Wilson score interval: degenerate counts first, then cases
// computed by hand from the formula, then its bounds and symmetry.
#include "measures/wilson_interval.h"

#include <gtest/gtest.h>

namespace entente {
namespace wilson_interval_test {

TEST(WilsonInterval, IsMissingWithoutTrials) {
  EXPECT_EQ(WilsonInterval(0, 0), std::nullopt);
  EXPECT_EQ(WilsonInterval(3, 2), std::nullopt);
  EXPECT_EQ(WilsonInterval(-1, 5), std::nullopt);
  EXPECT_EQ(WilsonInterval(1, 5, 1.0), std::nullopt);
}

TEST(WilsonInterval, HandComputedCases) {
  // z = 1.959964: 8 of 10 gives (0.8 + 0.192073) / 1.384146 -+
  // 1.959964 sqrt(0.016 + 0.009604) / 1.384146 = 0.716740 -+ 0.226578.
  struct Case {
    int64_t k, n;
    double low, high;
  } cases[] = {
      {8, 10, 0.490162, 0.943318},
      {0, 10, 0.0, 0.277533},    // z^2 / (n + z^2) = 3.841459 / 13.841459
      {10, 10, 0.722467, 1.0},
      {1, 1, 0.206549, 1.0},     // 1 / (1 + z^2)
      {50, 100, 0.403832, 0.596168},
  };
  for (const auto& c : cases) {
    auto w = WilsonInterval(c.k, c.n);
    ASSERT_TRUE(w) << c.k << "/" << c.n;
    EXPECT_NEAR(w->low, c.low, 1e-6) << c.k << "/" << c.n;
    EXPECT_NEAR(w->high, c.high, 1e-6) << c.k << "/" << c.n;
  }
}

TEST(WilsonInterval, NarrowsWithNAndMirrorsAtOneHalf) {
  auto small = *WilsonInterval(46, 50), large = *WilsonInterval(3951, 4298);
  EXPECT_GT(small.high - small.low, 4 * (large.high - large.low));
  auto a = *WilsonInterval(3, 20), b = *WilsonInterval(17, 20);
  EXPECT_NEAR(a.low, 1 - b.high, 1e-12);
  EXPECT_NEAR(a.high, 1 - b.low, 1e-12);
  auto c = *WilsonInterval(3, 20, 0.99);
  EXPECT_LT(c.low, a.low);
  EXPECT_GT(c.high, a.high);
}

}  // namespace wilson_interval_test
}  // namespace entente
