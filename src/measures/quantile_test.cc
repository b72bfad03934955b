// Quantiles checked against R's quantile(x, type = 7) by hand.
#include "measures/quantile.h"

#include <vector>

#include <gtest/gtest.h>

namespace entente {
namespace quantile_test {

TEST(Quantile, EmptyIsMissing) { EXPECT_EQ(Quantile({}, 0.5), std::nullopt); }

TEST(Quantile, InterpolatesAsRType7) {
  // quantile(c(1, 2, 4, 8), c(0, 0.25, 0.5, 0.75, 1)) in R: 1, 1.75, 3, 5, 8.
  const std::vector<double> x{1, 2, 4, 8};
  EXPECT_DOUBLE_EQ(*Quantile(x, 0), 1);
  EXPECT_DOUBLE_EQ(*Quantile(x, 0.25), 1.75);
  EXPECT_DOUBLE_EQ(*Quantile(x, 0.5), 3);
  EXPECT_DOUBLE_EQ(*Quantile(x, 0.75), 5);
  EXPECT_DOUBLE_EQ(*Quantile(x, 1), 8);
  const std::vector<double> one{0.4};
  EXPECT_DOUBLE_EQ(*Quantile(one, 0.25), 0.4);
}

}  // namespace quantile_test
}  // namespace entente
