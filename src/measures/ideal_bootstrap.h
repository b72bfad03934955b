// Bootstrap of ideal points: intervals per unit (state-session).
//
// The fit's own curvature (like variational variances) understates the
// uncertainty badly, so intervals come from refitting resampled data, from
// the estimates, with each replicate's sign aligned with the estimates. Two
// ways to resample:
// - roll calls (the default): each replicate draws the roll calls anew with
//   replacement (in a dynamic problem, within each session: a roll call
//   counts in the session of its first vote, and roll calls on identical
//   resolutions, which share one item, travel together) and keeps the votes
//   actually cast on them; a roll call drawn k times enters as k roll calls,
//   each with its own parameters, as when the columns of the vote matrix are
//   resampled (Efron and Tibshirani 1993, ch. 6 and 9: resampling the units
//   sampled). It assumes nothing of how the votes arose, so a state
//   whose votes the one-dimensional model explains poorly gets the wider
//   interval its votes warrant;
// - parametric (Lewis and Poole 2004; Imai, Lo and Olmsted 2016, section 5):
//   each replicate draws every observed vote anew from the fitted model (same
//   states, roll calls and absences). Right when the model is; where it is
//   not, the drawn votes lack the real session's shape and the replicates
//   can leave the estimate behind (docs/IDEAL_POINTS.md, "Uncertainty").
// The interval is Efron's bias-corrected percentile interval (Efron 1982,
// "The Jackknife, the Bootstrap and Other Resampling Plans", SIAM, ch. 10;
// Efron and Tibshirani 1993, section 14.3): with z0 = Phi^-1(share of
// replicates below the estimate, ties counted half), the bounds are the
// replicates' quantiles at Phi(2 z0 -+ z), z = Phi^-1(1 - (1 - level) / 2).
// The posterior mode is a biased estimator (pulled towards the prior mean,
// pushed out where a bloc votes as one), so replicates need not centre on
// it; the plain percentile interval would repeat the bias, the corrected one
// undoes it (exactly so for a median-biased estimator under a normalising
// transformation). The share is kept within [1 / 2B, 1 - 1 / 2B] for B
// replicates, so that z0 stays finite when every replicate falls on one
// side; then the interval can still exclude the estimate. A unit left with
// no votes in a replicate (none of its roll calls drawn) has no draw from
// it, and a unit with no draw at all (possible only with very few
// replicates) gets no bounds. Deterministic for a given seed.
#ifndef ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_
#define ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "measures/ideal_points.h"

namespace entente {

enum class IrtResampling { kRollCalls, kParametric };

struct IrtIntervals {
  std::vector<std::optional<double>> lower;  // per unit; none for a unit with no draw
  std::vector<std::optional<double>> upper;
  int failed = 0;             // replicates that hit the iteration cap
};

// The bias-corrected percentile interval of `draws` (sorted in place) around
// `estimate`. REQUIRES: draws not empty, 0 < level < 1.
std::pair<double, double> BiasCorrectedInterval(std::vector<double>& draws, double estimate, double level);

// Each replicate's data and its refit (sign aligned with the estimates), for
// diagnostics of the replicates beyond their intervals.
using IrtReplicateObserver = std::function<void(const IrtProblem& data, const IrtFit& refit)>;

// REQUIRES: fit was produced by FitIrt on `problem`; replicates > 0.
IrtIntervals BootstrapIrt(const IrtProblem& problem, const IrtFit& fit, int replicates, uint64_t seed,
                          const IrtControl& control = {}, double level = 0.95,
                          IrtResampling resampling = IrtResampling::kRollCalls,
                          const IrtReplicateObserver& observe = {});

}  // namespace entente

#endif  // ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_
