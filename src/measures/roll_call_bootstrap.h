// Bootstrap over roll calls: how much an agreement measure of two states
// could have differed had the General Assembly held other roll calls like
// these, for measures that are not a simple proportion (ia, s, kappa, pi).
//
// Each replicate draws n roll calls with replacement from the n of the
// dyad's ChoiceTable; since every agreement measure depends on the roll calls
// only through that table, a draw is a multinomial sample of n over its nine
// cells with probabilities count/n. The interval is the percentile interval
// of the replicates, with quantiles interpolated linearly between order
// statistics (Hyndman and Fan 1996, type 7) (Efron and Tibshirani 1993, An
// Introduction to the Bootstrap, ch. 13). Random numbers come from SplitMix64
// (Steele, Lea and Flood 2014) with a fixed seed, so a verdict is the same on
// every run and machine. Roll calls are resampled independently, which
// ignores the clustering of roll calls within sessions. Degenerate input: n
// = 0 gives no replicates; replicates whose measure is undefined (kappa with
// no variation) are left out, and the count left is returned.
#ifndef ENTENTE_MEASURES_ROLL_CALL_BOOTSTRAP_H_
#define ENTENTE_MEASURES_ROLL_CALL_BOOTSTRAP_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "measures/choice_table.h"
#include "measures/confidence_interval.h"

namespace entente {

// 2000 replicates put the ends of a 95% percentile interval within about
// 0.1 standard errors of their limit (Efron and Tibshirani ch. 19), at a few
// milliseconds per measure.
constexpr int kBootstrapReplicates = 2000;
// "entente" in ASCII.
constexpr uint64_t kBootstrapSeed = 0x656e74656e7465;

using ChoiceStatistic = std::function<std::optional<double>(const ChoiceTable&)>;

// The statistic over `replicates` resamples of the table's roll calls, in
// draw order; empty when the table is. Streams with different `seed`s are
// independent.
std::vector<double> BootstrapRollCalls(const ChoiceTable& table, const ChoiceStatistic& statistic,
                                       int replicates = kBootstrapReplicates, uint64_t seed = kBootstrapSeed);

// The percentile interval of `values` (any order) at `confidence`; nullopt
// when there are none or confidence is outside (0, 1).
std::optional<ConfidenceInterval> PercentileInterval(std::vector<double> values, double confidence = 0.95);

// The two-sided bootstrap p-value of "the statistic is zero" from replicates
// of it: 2 (1 + k) / (B + 1), k the number of replicates on the far side of
// zero from most of them (at or beyond it), capped at 1 (Davison and Hinkley
// 1997, Bootstrap Methods and their Application, 4.4); its least value is
// 2 / (B + 1). nullopt when there are no replicates.
std::optional<double> BootstrapPValue(const std::vector<double>& replicates);

}  // namespace entente

#endif  // ENTENTE_MEASURES_ROLL_CALL_BOOTSTRAP_H_
