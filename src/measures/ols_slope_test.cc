// Tests of the least-squares slope and its t interval: degenerate series
// first, then a case small enough to compute by hand, then the India-US
// agreement series of issue 21.
#include "measures/ols_slope.h"

#include <cmath>

#include <gtest/gtest.h>

namespace entente {
namespace ols_slope_test {

TEST(OlsSlope, IsMissingOnDegenerateSeries) {
  EXPECT_EQ(FitOlsSlope({}), std::nullopt);
  EXPECT_EQ(FitOlsSlope({{2000, 0.5}}), std::nullopt);
  EXPECT_EQ(FitOlsSlope({{2000, 0.5}, {2001, 0.7}}), std::nullopt);  // two points: no error degree of freedom
  EXPECT_EQ(FitOlsSlope({{2000, 0.5}, {2000, 0.6}, {2000, 0.7}}), std::nullopt);  // one x
}

TEST(OlsSlope, ConstantAndExactLines) {
  auto flat = *FitOlsSlope({{1, 0.4}, {2, 0.4}, {3, 0.4}, {4, 0.4}});
  EXPECT_EQ(flat.slope, 0);
  EXPECT_EQ(flat.se, 0);
  EXPECT_EQ(flat.low, 0);
  EXPECT_EQ(flat.high, 0);
  EXPECT_EQ(flat.p_value, 1);
  auto line = *FitOlsSlope({{1, 1}, {2, 3}, {3, 5}});
  EXPECT_DOUBLE_EQ(line.slope, 2);
  EXPECT_NEAR(line.se, 0, 1e-12);
  EXPECT_NEAR(line.low, 2, 1e-9);
}

TEST(OlsSlope, HandComputedCase) {
  // (1,1), (2,3), (3,2), (4,5): Sxx = 5, Sxy = 5.5, b = 1.1, a = 0,
  // residuals 0.1, 0.9, -1.3, 0.6, SSE = 2.7, se = sqrt(2.7 / 2 / 5), t(2)
  // 97.5% quantile 4.302653; with 2 df the two-sided p is 1 - t/sqrt(2 + t^2).
  auto f = *FitOlsSlope({{1, 1}, {2, 3}, {3, 2}, {4, 5}});
  EXPECT_NEAR(f.slope, 1.1, 1e-12);
  EXPECT_NEAR(f.intercept, 0, 1e-12);
  EXPECT_EQ(f.df, 2);
  EXPECT_NEAR(f.se, std::sqrt(0.27), 1e-12);
  EXPECT_NEAR(f.low, 1.1 - 4.302652729749464 * std::sqrt(0.27), 1e-9);
  EXPECT_NEAR(f.high, 1.1 + 4.302652729749464 * std::sqrt(0.27), 1e-9);
  EXPECT_NEAR(f.t, 1.1 / std::sqrt(0.27), 1e-12);
  EXPECT_NEAR(f.p_value, 1 - f.t / std::sqrt(2 + f.t * f.t), 1e-10);
}

TEST(OlsSlope, IssueTwentyOneSeriesHasAnIntervalThatIncludesZero) {
  const double y[] = {0.14, 0.16, 0.11, 0.20, 0.23, 0.18, 0.27, 0.22, 0.11, 0.14, 0.18, 0.24, 0.20, 0.21, 0.20};
  std::vector<std::pair<double, double>> points;
  for (int i = 0; i < 15; ++i) points.emplace_back(2005 + i, y[i]);
  auto f = *FitOlsSlope(points);
  EXPECT_NEAR(f.slope, 0.0033571, 1e-6);
  EXPECT_NEAR(f.se, 0.0027538, 1e-6);
  EXPECT_NEAR(f.t, 1.2191, 1e-4);
  EXPECT_LT(f.low, 0);
  EXPECT_GT(f.high, 0);
  EXPECT_GT(f.p_value, 0.05);
}

}  // namespace ols_slope_test
}  // namespace entente
