// The standard normal CDF and its inverse.
#include "measures/normal_distribution.h"

#include <cmath>

namespace entente {

double NormalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

std::optional<double> NormalQuantile(double p) {
  if (!(p > 0 && p < 1)) return std::nullopt;
  // Phi(-40) underflows to 0 and Phi(40) rounds to 1, so the root lies inside.
  double lo = -40, hi = 40;
  for (int i = 0; i < 200 && hi - lo > 1e-15 * (1 + std::fabs(lo)); ++i) {
    double mid = 0.5 * (lo + hi);
    (NormalCdf(mid) < p ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace entente
