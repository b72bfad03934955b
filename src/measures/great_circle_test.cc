// Tests of the great-circle distance: corner cases, then known distances,
// then symmetry.
#include "measures/great_circle.h"

#include <numbers>

#include <gtest/gtest.h>

namespace entente {
namespace great_circle_test {

TEST(GreatCircle, Distances) {
  struct Case {
    double lat1, lng1, lat2, lng2, km, tolerance;
  } cases[] = {
      {33.69, 73.07, 33.69, 73.07, 0, 1e-9},                                        // the same point
      {0, 0, 0, 180, std::numbers::pi * kEarthMeanRadiusKm, 1e-6},                  // antipodes on the equator
      {90, 0, -90, 0, std::numbers::pi * kEarthMeanRadiusKm, 1e-6},                 // pole to pole
      {0, 0, 0, 1, std::numbers::pi * kEarthMeanRadiusKm / 180, 1e-9},              // one degree of the equator
      {33.6938118, 73.0651511, 40.190632, 116.412144, 3880.18, 0.01},                  // Islamabad - Beijing
      {38.8950368, -77.0365427, 33.6938118, 73.0651511, 11375.35, 0.01},               // Washington - Islamabad
  };
  for (const auto& c : cases) {
    EXPECT_NEAR(GreatCircleKm(c.lat1, c.lng1, c.lat2, c.lng2), c.km, c.tolerance) << c.lat1 << "," << c.lng1;
    EXPECT_DOUBLE_EQ(GreatCircleKm(c.lat1, c.lng1, c.lat2, c.lng2), GreatCircleKm(c.lat2, c.lng2, c.lat1, c.lng1));
  }
}

}  // namespace great_circle_test
}  // namespace entente
