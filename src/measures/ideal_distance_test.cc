// Ideal-point distance: missing stays missing, hand-computed means, symmetry.
#include "measures/ideal_distance.h"

#include <gtest/gtest.h>

namespace entente {
namespace ideal_distance_test {

TEST(IdealDistanceTest, MissingPositionsAreMissingNotZero) {
  EXPECT_FALSE(IdealDistance({std::nullopt, 1.0}).has_value());
  EXPECT_FALSE(IdealDistance({1.0, std::nullopt}).has_value());
  EXPECT_FALSE(MeanIdealDistance({}).has_value());
  EXPECT_FALSE(MeanIdealDistance({{std::nullopt, 0.5}, {0.2, std::nullopt}}).has_value());
}

TEST(IdealDistanceTest, HandComputed) {
  struct Case {
    std::vector<DyadPositions> sessions;
    double want;
  };
  const Case cases[] = {
      {{{1.0, 1.0}}, 0.0},
      {{{1.5, -0.5}}, 2.0},
      {{{-0.5, 1.5}}, 2.0},
      {{{1.0, 0.0}, {0.0, 3.0}}, 2.0},
      // A session without one of the states does not count, not even as 0.
      {{{1.0, 0.0}, {std::nullopt, 3.0}, {0.5, 0.0}}, 0.75},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    std::optional<double> d = MeanIdealDistance(cases[i].sessions);
    ASSERT_TRUE(d.has_value()) << i;
    EXPECT_DOUBLE_EQ(*d, cases[i].want) << i;
  }
}

TEST(IdealDistanceTest, SymmetricAndNonNegative) {
  const std::vector<DyadPositions> ab = {{0.3, -1.2}, {2.0, 1.1}, {-0.4, -0.4}};
  std::vector<DyadPositions> ba;
  for (const DyadPositions& p : ab) ba.push_back({p.b, p.a});
  EXPECT_DOUBLE_EQ(*MeanIdealDistance(ab), *MeanIdealDistance(ba));
  for (const DyadPositions& p : ab) EXPECT_GE(*IdealDistance(p), 0.0);
}

}  // namespace ideal_distance_test
}  // namespace entente
