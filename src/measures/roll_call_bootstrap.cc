// The bootstrap over roll calls and its percentile interval.
#include "measures/roll_call_bootstrap.h"

#include <algorithm>
#include <cmath>

namespace entente {
namespace {

// SplitMix64: one 64-bit state, advanced by a constant and mixed.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
    return z ^ (z >> 31);
  }
  // Uniform on [0, n): the top 53 bits as a double in [0, 1), scaled.
  size_t Below(size_t n) {
    double u = static_cast<double>(Next() >> 11) * 0x1.0p-53;
    return std::min(n - 1, static_cast<size_t>(u * static_cast<double>(n)));
  }

 private:
  uint64_t state_;
};

}  // namespace

std::vector<double> BootstrapRollCalls(const ChoiceTable& table, const ChoiceStatistic& statistic, int replicates,
                                       uint64_t seed) {
  std::vector<double> out;
  const int64_t n = table.n();
  if (n == 0 || replicates <= 0) return out;
  // The cell (3i + j) of each roll call, in any fixed order.
  std::vector<uint8_t> cell_of;
  cell_of.reserve(static_cast<size_t>(n));
  for (uint8_t c = 0; c < 9; ++c) cell_of.insert(cell_of.end(), static_cast<size_t>(table.count[c / 3][c % 3]), c);
  SplitMix64 rng(seed);
  out.reserve(static_cast<size_t>(replicates));
  for (int r = 0; r < replicates; ++r) {
    ChoiceTable t;
    for (int64_t k = 0; k < n; ++k) {
      uint8_t c = cell_of[rng.Below(cell_of.size())];
      ++t.count[c / 3][c % 3];
    }
    if (std::optional<double> v = statistic(t)) out.push_back(*v);
  }
  return out;
}

std::optional<ConfidenceInterval> PercentileInterval(std::vector<double> values, double confidence) {
  if (values.empty() || !(confidence > 0 && confidence < 1)) return std::nullopt;
  std::sort(values.begin(), values.end());
  auto quantile = [&](double p) {
    double h = (static_cast<double>(values.size()) - 1) * p;
    size_t lo = static_cast<size_t>(std::floor(h));
    size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
  };
  double tail = (1 - confidence) / 2;
  return ConfidenceInterval{quantile(tail), quantile(1 - tail)};
}

std::optional<double> BootstrapPValue(const std::vector<double>& replicates) {
  if (replicates.empty()) return std::nullopt;
  size_t at_or_below = 0, at_or_above = 0;
  for (double v : replicates) {
    at_or_below += v <= 0;
    at_or_above += v >= 0;
  }
  double k = static_cast<double>(std::min(at_or_below, at_or_above));
  return std::min(1.0, 2 * (1 + k) / (static_cast<double>(replicates.size()) + 1));
}

}  // namespace entente
