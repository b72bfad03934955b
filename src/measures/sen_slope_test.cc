// Tests of Sen's slope: degenerate input first, then pair slopes listed by
// hand, then its robustness to one outlier.
#include "measures/sen_slope.h"

#include <gtest/gtest.h>

namespace entente {
namespace sen_slope_test {

TEST(SenSlope, DegenerateInput) {
  EXPECT_EQ(SenSlope({}), std::nullopt);
  EXPECT_EQ(SenSlope({{2000, 1}}), std::nullopt);
  EXPECT_EQ(SenSlope({{2000, 1}, {2000, 2}}), std::nullopt);
  EXPECT_EQ(*SenSlope({{1, 0.3}, {2, 0.3}, {3, 0.3}}), 0);
  EXPECT_DOUBLE_EQ(*SenSlope({{1, 0.3}, {3, 0.7}}), 0.2);  // two points: their slope
}

TEST(SenSlope, HandComputedMedians) {
  // (1,1), (2,3), (3,2), (4,5): pair slopes 2, 0.5, 4/3, -1, 1, 3; sorted
  // -1, 0.5, 1, 4/3, 2, 3: the median is (1 + 4/3) / 2.
  EXPECT_DOUBLE_EQ(*SenSlope({{1, 1}, {2, 3}, {3, 2}, {4, 5}}), (1 + 4.0 / 3) / 2);
  // (0,0), (1,2), (2,1): slopes 2, 0.5, -1: median 0.5.
  EXPECT_DOUBLE_EQ(*SenSlope({{0, 0}, {1, 2}, {2, 1}}), 0.5);
  // Gaps in x are honoured: (2000,0), (2004,1), (2005,1.5): 0.25, 0.3, 0.5.
  EXPECT_DOUBLE_EQ(*SenSlope({{2000, 0}, {2004, 1}, {2005, 1.5}}), 0.3);
}

TEST(SenSlope, OneOutlierDoesNotMoveIt) {
  std::vector<std::pair<double, double>> line;
  for (int x = 0; x < 9; ++x) line.emplace_back(x, 0.5 * x);
  EXPECT_DOUBLE_EQ(*SenSlope(line), 0.5);
  line[4].second = 100;
  EXPECT_DOUBLE_EQ(*SenSlope(line), 0.5);
}

}  // namespace sen_slope_test
}  // namespace entente
