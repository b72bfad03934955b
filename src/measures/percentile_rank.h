// The percentile rank of a value in a distribution: the share of the
// distribution below it, counting ties as half,
//   PR(v) = (#{x < v} + #{x = v} / 2) / n
// (the mid-rank definition; Roscoe 1975, "Fundamental Research Statistics for
// the Behavioral Sciences", ch. 6). A value that is itself one of n distinct
// values ranks (k - 0.5)/n, k its rank from the bottom: the middle is 0.5.
// An empty distribution gives nullopt.
#ifndef ENTENTE_MEASURES_PERCENTILE_RANK_H_
#define ENTENTE_MEASURES_PERCENTILE_RANK_H_

#include <optional>
#include <span>

namespace entente {

// REQUIRES: `sorted` in increasing order, without NaN.
std::optional<double> PercentileRank(std::span<const double> sorted, double value);

}  // namespace entente

#endif  // ENTENTE_MEASURES_PERCENTILE_RANK_H_
