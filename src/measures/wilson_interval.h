// Wilson score interval for a proportion: the range of shares p that a count
// of k successes in n trials does not reject at the given confidence.
//
// With p^ = k/n and z the (1 + c)/2 normal quantile,
//   (p^ + z^2/2n +- z sqrt(p^(1 - p^)/n + z^2/4n^2)) / (1 + z^2/n)
// (Wilson 1927, "Probable Inference, the Law of Succession, and Statistical
// Inference", JASA 22(158); recommended over the Wald interval by Brown, Cai
// and DasGupta 2001, Statistical Science 16(2)). It stays inside [0, 1] and
// is not empty at k = 0 or k = n. Degenerate input: n <= 0, k outside
// [0, n] or a confidence outside (0, 1) gives nullopt.
#ifndef ENTENTE_MEASURES_WILSON_INTERVAL_H_
#define ENTENTE_MEASURES_WILSON_INTERVAL_H_

#include <cstdint>
#include <optional>

#include "measures/confidence_interval.h"

namespace entente {

std::optional<ConfidenceInterval> WilsonInterval(int64_t successes, int64_t n, double confidence = 0.95);

}  // namespace entente

#endif  // ENTENTE_MEASURES_WILSON_INTERVAL_H_
