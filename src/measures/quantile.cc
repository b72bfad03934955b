// Interpolating between the two order statistics around (n - 1) p.
#include "measures/quantile.h"

#include <cmath>

namespace entente {

std::optional<double> Quantile(std::span<const double> sorted, double p) {
  if (sorted.empty()) return std::nullopt;
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const size_t lo = static_cast<size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

}  // namespace entente
