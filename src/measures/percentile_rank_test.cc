// Percentile ranks computed by hand.
#include "measures/percentile_rank.h"

#include <vector>

#include <gtest/gtest.h>

namespace entente {
namespace percentile_rank_test {

TEST(PercentileRank, MidRanksByHand) {
  const std::vector<double> v = {0.1, 0.2, 0.2, 0.4, 0.9};
  EXPECT_DOUBLE_EQ(*PercentileRank(v, 0.1), 0.5 / 5);        // lowest of five
  EXPECT_DOUBLE_EQ(*PercentileRank(v, 0.2), (1 + 1.0) / 5);  // one below, two tied
  EXPECT_DOUBLE_EQ(*PercentileRank(v, 0.9), 4.5 / 5);        // highest
  EXPECT_DOUBLE_EQ(*PercentileRank(v, 0.3), 3.0 / 5);        // not in it: three below
  EXPECT_DOUBLE_EQ(*PercentileRank(v, 5.0), 1.0);
  EXPECT_DOUBLE_EQ(*PercentileRank(v, -1.0), 0.0);
  EXPECT_FALSE(PercentileRank({}, 0.5).has_value());
}

TEST(PercentileRank, TheMedianOfAnOddSetIsOneHalf) {
  const std::vector<double> v = {1, 2, 3, 4, 5, 6, 7};
  EXPECT_DOUBLE_EQ(*PercentileRank(v, 4), 0.5);
}

}  // namespace percentile_rank_test
}  // namespace entente
