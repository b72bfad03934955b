// The Mann-Kendall trend test.
#include "measures/mann_kendall.h"

#include <algorithm>
#include <cmath>

#include "measures/normal_distribution.h"

namespace entente {
namespace {

// P(S >= s) for n untied values under no trend: S = N - 2k with k the number
// of inversions of a uniformly random permutation, N = n(n-1)/2, and the
// count of permutations of n with k inversions from the recurrence
// I(n, k) = sum_{j=0}^{min(k, n-1)} I(n-1, k-j).
double ExactUpperTail(int n, int64_t s) {
  const int max_k = n * (n - 1) / 2;
  std::vector<double> count(static_cast<size_t>(max_k) + 1, 0.0);
  count[0] = 1;
  for (int m = 2; m <= n; ++m) {
    std::vector<double> next(count.size(), 0.0);
    for (int k = 0; k <= max_k; ++k) {
      for (int j = 0; j <= std::min(k, m - 1); ++j) next[static_cast<size_t>(k)] += count[static_cast<size_t>(k - j)];
    }
    count.swap(next);
  }
  double total = 0, tail = 0;
  for (int k = 0; k <= max_k; ++k) {
    total += count[static_cast<size_t>(k)];
    if (max_k - 2 * k >= s) tail += count[static_cast<size_t>(k)];
  }
  return tail / total;
}

}  // namespace

std::optional<MannKendallTest> TestMannKendall(const std::vector<double>& values) {
  const size_t n = values.size();
  if (n < 2) return std::nullopt;
  MannKendallTest out;
  out.n = static_cast<int>(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) out.s += (values[j] > values[i]) - (values[j] < values[i]);
  }
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  double tie_term = 0;
  bool ties = false;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && sorted[j] == sorted[i]) ++j;
    double t = static_cast<double>(j - i);
    if (t > 1) ties = true;
    tie_term += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const double nn = static_cast<double>(n);
  out.variance = (nn * (nn - 1) * (2 * nn + 5) - tie_term) / 18;
  if (out.variance > 0) {
    double s = static_cast<double>(out.s);
    out.z = (s - (s > 0 ? 1 : s < 0 ? -1 : 0)) / std::sqrt(out.variance);
  }
  if (!ties && n <= kMannKendallExactMaxN) {
    out.exact = true;
    out.p_value = std::min(1.0, 2 * ExactUpperTail(out.n, out.s < 0 ? -out.s : out.s));
  } else if (out.variance > 0) {
    out.p_value = std::min(1.0, 2 * (1 - NormalCdf(std::fabs(out.z))));
  }
  return out;
}

}  // namespace entente
