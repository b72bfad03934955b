// Tests of the normal CDF and quantile: the edges first, then values from
// tables (Abramowitz and Stegun 1964, table 26.1), then that one inverts the
// other.
#include "measures/normal_distribution.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace entente {
namespace normal_distribution_test {

TEST(NormalDistribution, EdgesAndInvalidProbabilities) {
  EXPECT_EQ(NormalCdf(-std::numeric_limits<double>::infinity()), 0.0);
  EXPECT_EQ(NormalCdf(std::numeric_limits<double>::infinity()), 1.0);
  EXPECT_EQ(NormalCdf(0), 0.5);
  for (double p : {0.0, 1.0, -0.1, 1.5, std::nan("")}) EXPECT_EQ(NormalQuantile(p), std::nullopt) << p;
}

TEST(NormalDistribution, TabulatedValues) {
  struct Case {
    double x, cdf;
  } cases[] = {
      {1.0, 0.8413447460685429},  {1.959963984540054, 0.975}, {-1.644853626951472, 0.05},
      {2.575829303548901, 0.995}, {-3.0, 0.0013498980316301},
  };
  for (const auto& c : cases) {
    EXPECT_NEAR(NormalCdf(c.x), c.cdf, 1e-13) << c.x;
    EXPECT_NEAR(*NormalQuantile(c.cdf), c.x, 1e-9) << c.cdf;
  }
}

TEST(NormalDistribution, QuantileInvertsTheCdfAndIsSymmetric) {
  for (double p : {1e-10, 0.001, 0.1, 0.3, 0.5, 0.77, 0.999}) EXPECT_NEAR(NormalCdf(*NormalQuantile(p)), p, 1e-12) << p;
  for (double p : {0.001, 0.1, 0.3, 0.77}) EXPECT_NEAR(*NormalQuantile(p), -*NormalQuantile(1 - p), 1e-9) << p;
}

}  // namespace normal_distribution_test
}  // namespace entente
