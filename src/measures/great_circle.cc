// The haversine distance.
#include "measures/great_circle.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace entente {

double GreatCircleKm(double lat1, double lng1, double lat2, double lng2) {
  constexpr double kRadians = std::numbers::pi / 180;
  const double phi1 = lat1 * kRadians, phi2 = lat2 * kRadians;
  const double dphi = (lat2 - lat1) * kRadians, dlambda = (lng2 - lng1) * kRadians;
  const double h = std::sin(dphi / 2) * std::sin(dphi / 2) +
                   std::cos(phi1) * std::cos(phi2) * std::sin(dlambda / 2) * std::sin(dlambda / 2);
  return 2 * kEarthMeanRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

}  // namespace entente
