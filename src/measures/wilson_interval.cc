// The Wilson score interval.
#include "measures/wilson_interval.h"

#include <algorithm>
#include <cmath>

#include "measures/normal_distribution.h"

namespace entente {

std::optional<ConfidenceInterval> WilsonInterval(int64_t successes, int64_t n, double confidence) {
  if (n <= 0 || successes < 0 || successes > n || !(confidence > 0 && confidence < 1)) return std::nullopt;
  const double z = *NormalQuantile((1 + confidence) / 2);
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(successes) / nn;
  const double z2 = z * z;
  const double center = (p + z2 / (2 * nn)) / (1 + z2 / nn);
  const double half = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / (1 + z2 / nn);
  // At k = 0 or k = n one end is exactly 0 or 1; clamp the rounding.
  return ConfidenceInterval{std::max(0.0, center - half), std::min(1.0, center + half)};
}

}  // namespace entente
