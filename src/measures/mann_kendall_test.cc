// Tests of the Mann-Kendall test: degenerate series first, then exact
// p-values counted by hand over permutations, then the tie-corrected normal
// approximation on the India-US series of issue 21.
#include "measures/mann_kendall.h"

#include <cmath>

#include <gtest/gtest.h>

namespace entente {
namespace mann_kendall_test {

TEST(MannKendall, DegenerateSeries) {
  EXPECT_EQ(TestMannKendall({}), std::nullopt);
  EXPECT_EQ(TestMannKendall({0.3}), std::nullopt);
  auto flat = *TestMannKendall({0.2, 0.2, 0.2, 0.2});
  EXPECT_EQ(flat.s, 0);
  EXPECT_EQ(flat.variance, 0);
  EXPECT_EQ(flat.p_value, 1);
  auto two = *TestMannKendall({0.1, 0.5});  // S = 1: half the two orders are at least as extreme
  EXPECT_EQ(two.s, 1);
  EXPECT_TRUE(two.exact);
  EXPECT_EQ(two.p_value, 1);
}

TEST(MannKendall, ExactPValuesForShortUntiedSeries) {
  // A strictly rising series is the one permutation of n! with S = n(n-1)/2,
  // so p = 2/n!; S = 4 with n = 4 (one inversion) has 1 + 3 of 24 orders at
  // or above it.
  struct Case {
    std::vector<double> y;
    int64_t s;
    double p;
  } cases[] = {
      {{1, 2, 3}, 3, 2.0 / 6},
      {{1, 2, 3, 4}, 6, 2.0 / 24},
      {{5, 4, 3, 2, 1}, -10, 2.0 / 120},
      {{1, 3, 2, 4}, 4, 2 * 4.0 / 24},
      {{2, 1, 4, 3, 6, 5, 8, 7, 10, 9}, 35, 0},  // p filled below
  };
  for (auto& c : cases) {
    auto mk = *TestMannKendall(c.y);
    EXPECT_EQ(mk.s, c.s);
    EXPECT_TRUE(mk.exact);
    if (c.p > 0) {
      EXPECT_NEAR(mk.p_value, c.p, 1e-12) << c.s;
    }
  }
  // n = 10, S = 35 (5 inversions): permutations with at most 5 inversions
  // are 1 + 9 + 44 + 155 + 440 + 1068 = 1717 of 10! = 3628800.
  EXPECT_NEAR(TestMannKendall(cases[4].y)->p_value, 2 * 1717.0 / 3628800, 1e-12);
}

TEST(MannKendall, TieCorrectedNormalApproximation) {
  // Values as printed in issue 21 (two decimals): ties 0.14 x2, 0.11 x2,
  // 0.20 x3, 0.18 x2; S = 25 and Var S = (15 14 35 - 3 (2 1 9) - 3 2 11) / 18
  // = (7350 - 54 - 66) / 18 = 401.667, so z = (25 - 1) / sqrt(401.667).
  auto mk = *TestMannKendall({0.14, 0.16, 0.11, 0.20, 0.23, 0.18, 0.27, 0.22, 0.11, 0.14, 0.18, 0.24, 0.20, 0.21, 0.20});
  EXPECT_EQ(mk.s, 25);
  EXPECT_FALSE(mk.exact);
  EXPECT_NEAR(mk.variance, 401.666666667, 1e-6);
  EXPECT_NEAR(mk.z, 24 / std::sqrt(401.666666667), 1e-9);
  EXPECT_NEAR(mk.p_value, 0.231109, 1e-6);
  // Eleven untied values use the approximation too: S = 55, Var = 11 10 27 / 18.
  auto up = *TestMannKendall({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  EXPECT_FALSE(up.exact);
  EXPECT_NEAR(up.variance, 165, 1e-9);
  EXPECT_NEAR(up.z, 54 / std::sqrt(165.0), 1e-12);
}

TEST(MannKendall, IsAntisymmetricInTime) {
  std::vector<double> y = {0.3, 0.1, 0.4, 0.15, 0.9, 0.26, 0.5, 0.35, 0.8, 0.97, 0.93, 0.23};
  std::vector<double> r(y.rbegin(), y.rend());
  auto a = *TestMannKendall(y), b = *TestMannKendall(r);
  EXPECT_EQ(a.s, -b.s);
  EXPECT_DOUBLE_EQ(a.p_value, b.p_value);
}

}  // namespace mann_kendall_test
}  // namespace entente
