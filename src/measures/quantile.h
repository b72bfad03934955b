// The p-quantile of a sample, by linear interpolation between order
// statistics (Hyndman and Fan 1996, "Sample Quantiles in Statistical
// Packages", The American Statistician 50(4), definition 7; R's default):
//   h = (n - 1) p,  Q(p) = x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)])
// over the sorted values x[0..n-1]. Q(0.5) is the median; Q(0.25) and Q(0.75)
// bound the interquartile range. An empty sample gives nullopt.
#ifndef ENTENTE_MEASURES_QUANTILE_H_
#define ENTENTE_MEASURES_QUANTILE_H_

#include <optional>
#include <span>

namespace entente {

// REQUIRES: `sorted` in increasing order, without NaN; 0 <= p <= 1.
std::optional<double> Quantile(std::span<const double> sorted, double p);

}  // namespace entente

#endif  // ENTENTE_MEASURES_QUANTILE_H_
