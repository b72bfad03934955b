// Tests of the Herfindahl-Hirschman index: degenerate inputs first, then
// hand-computed cases and its bounds.
#include "measures/herfindahl.h"

#include <gtest/gtest.h>

namespace entente {
namespace herfindahl_test {

TEST(Herfindahl, IsMissingWithoutVolume) {
  EXPECT_EQ(HerfindahlIndex({}), std::nullopt);
  EXPECT_EQ(HerfindahlIndex({0, 0}), std::nullopt);
  EXPECT_EQ(HerfindahlIndex({3, -1}), std::nullopt);
  EXPECT_EQ(EffectiveNumber(std::nullopt), std::nullopt);
}

TEST(Herfindahl, HandComputedCases) {
  struct Case {
    std::vector<double> volumes;
    double hhi;
  } cases[] = {
      {{7}, 1.0},                    // one supplier
      {{5, 0, 0}, 1.0},              // suppliers with nothing do not count
      {{1, 1}, 0.5},                 // two equal suppliers
      {{1, 1, 1, 1}, 0.25},          // four equal suppliers
      {{3, 1}, 0.75 * 0.75 + 0.25 * 0.25},
  };
  for (const auto& c : cases) {
    std::optional<double> h = HerfindahlIndex(c.volumes);
    ASSERT_TRUE(h.has_value());
    EXPECT_DOUBLE_EQ(*h, c.hhi);
    EXPECT_DOUBLE_EQ(*EffectiveNumber(h), 1.0 / c.hhi);
  }
}

TEST(Herfindahl, LiesBetweenOneOverNAndOne) {
  std::vector<double> v = {10, 3, 2.5, 0.5, 7};
  double h = *HerfindahlIndex(v);
  EXPECT_GE(h, 1.0 / static_cast<double>(v.size()));
  EXPECT_LE(h, 1.0);
  std::vector<double> scaled;
  for (double x : v) scaled.push_back(x * 100);
  EXPECT_DOUBLE_EQ(*HerfindahlIndex(scaled), h);  // invariant to units
}

}  // namespace herfindahl_test
}  // namespace entente
