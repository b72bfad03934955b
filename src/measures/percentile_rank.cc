// Percentile rank by binary search over the sorted values.
#include "measures/percentile_rank.h"

#include <algorithm>

namespace entente {

std::optional<double> PercentileRank(std::span<const double> sorted, double value) {
  if (sorted.empty()) return std::nullopt;
  auto [lo, hi] = std::equal_range(sorted.begin(), sorted.end(), value);
  const double below = static_cast<double>(lo - sorted.begin());
  const double ties = static_cast<double>(hi - lo);
  return (below + ties / 2.0) / static_cast<double>(sorted.size());
}

}  // namespace entente
