// Coalition totals, ratios and shares of capabilities.
#include "measures/power_balance.h"

namespace entente {

std::optional<double> CoalitionTotal(const std::vector<std::optional<double>>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0;
  for (const auto& v : values) {
    if (!v) return std::nullopt;
    sum += *v;
  }
  return sum;
}

std::optional<double> CapabilityRatio(std::optional<double> a, std::optional<double> b) {
  if (!a || !b || *b == 0) return std::nullopt;
  return *a / *b;
}

std::optional<double> CapabilityShare(std::optional<double> a, std::optional<double> b) {
  if (!a || !b || *a + *b == 0) return std::nullopt;
  return *a / (*a + *b);
}

}  // namespace entente
