// Ideal-point distance per session and its mean over sessions.
#include "measures/ideal_distance.h"

#include <cmath>

namespace entente {

std::optional<double> IdealDistance(const DyadPositions& p) {
  if (!p.a || !p.b) return std::nullopt;
  return std::abs(*p.a - *p.b);
}

std::optional<double> MeanIdealDistance(const std::vector<DyadPositions>& sessions) {
  double sum = 0;
  int n = 0;
  for (const DyadPositions& p : sessions) {
    if (std::optional<double> d = IdealDistance(p)) sum += *d, ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

}  // namespace entente
