// The Herfindahl-Hirschman index of concentration.
#include "measures/herfindahl.h"

namespace entente {

std::optional<double> HerfindahlIndex(const std::vector<double>& volumes) {
  double total = 0;
  for (double v : volumes) {
    if (v < 0) return std::nullopt;
    total += v;
  }
  if (!(total > 0)) return std::nullopt;
  double hhi = 0;
  for (double v : volumes) hhi += (v / total) * (v / total);
  return hhi;
}

std::optional<double> EffectiveNumber(const std::optional<double>& hhi) {
  if (!hhi || !(*hhi > 0)) return std::nullopt;
  return 1.0 / *hhi;
}

}  // namespace entente
