// Mann-Kendall test for a monotonic trend in a series, a rank-based test
// that assumes neither a straight line nor normal errors.
//
// S = sum_{i<j} sgn(y_j - y_i) over the series in time order. Under no trend
// (independent, identically distributed values) E[S] = 0 and
//   Var S = [n(n-1)(2n+5) - sum_g t_g(t_g-1)(2t_g+5)] / 18,
// t_g the size of each group of tied values (Kendall 1975, Rank Correlation
// Methods, 4th ed., ch. 4). The p-value is two-sided: exact from the
// distribution of S (Mahonian numbers of inversions) when n <= 10 and no
// values tie, as Kendall tabulates it; otherwise from the normal
// approximation with continuity correction, z = (S - sgn S) / sqrt(Var S)
// (Mann 1945, "Nonparametric Tests Against Trend", Econometrica 13(3);
// Hirsch, Slack and Smith 1982, "Techniques of Trend Analysis for Monthly
// Water Quality Data", Water Resources Research 18(1)). Degenerate input:
// fewer than two values gives nullopt; a constant series has S = 0, Var S =
// 0 and p = 1.
#ifndef ENTENTE_MEASURES_MANN_KENDALL_H_
#define ENTENTE_MEASURES_MANN_KENDALL_H_

#include <cstdint>
#include <optional>
#include <vector>

namespace entente {

// Series up to this length without ties get the exact p-value.
constexpr size_t kMannKendallExactMaxN = 10;

struct MannKendallTest {
  int64_t s = 0;
  double variance = 0;  // of S under no trend, corrected for ties
  double z = 0;         // continuity-corrected normal score (0 when Var S = 0)
  double p_value = 1;   // two-sided
  bool exact = false;   // p from the exact distribution of S
  int n = 0;
};

// `values` in time order. REQUIRES nothing: nullopt with fewer than 2 values.
std::optional<MannKendallTest> TestMannKendall(const std::vector<double>& values);

}  // namespace entente

#endif  // ENTENTE_MEASURES_MANN_KENDALL_H_
