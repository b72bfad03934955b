// Parametric bootstrap of ideal points: intervals per unit (state-session).
//
// The fit's own curvature (like variational variances) understates the
// uncertainty badly, so intervals come from simulation: each replicate draws
// every observed vote anew from the fitted model (same states, same roll
// calls, same absences), refits from the estimates and aligns the sign with
// the estimates (Lewis and Poole 2004; Imai, Lo and Olmsted 2016, section 5).
// The interval is Efron's bias-corrected percentile interval (Efron 1982,
// "The Jackknife, the Bootstrap and Other Resampling Plans", SIAM, ch. 10;
// Efron and Tibshirani 1993, section 14.3): with z0 = Phi^-1(share of
// replicates below the estimate, ties counted half), the bounds are the
// replicates' quantiles at Phi(2 z0 -+ z), z = Phi^-1(1 - (1 - level) / 2).
// The posterior mode is a biased estimator (pulled towards the prior mean,
// pushed out where a bloc votes as one), so replicates drawn from it need
// not centre on it; the plain percentile interval repeats the bias a second
// time, the corrected one undoes it (exactly so for a median-biased
// estimator under a normalising transformation). The share is kept within
// [1 / 2B, 1 - 1 / 2B] for B replicates, so that z0 stays finite when every
// replicate falls on one side; then the interval can still exclude the
// estimate. Deterministic for a given seed.
#ifndef ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_
#define ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "measures/ideal_points.h"

namespace entente {

struct IrtIntervals {
  std::vector<double> lower;  // per unit
  std::vector<double> upper;
  int failed = 0;             // replicates that hit the iteration cap
};

// The bias-corrected percentile interval of `draws` (sorted in place) around
// `estimate`. REQUIRES: draws not empty, 0 < level < 1.
std::pair<double, double> BiasCorrectedInterval(std::vector<double>& draws, double estimate, double level);

// REQUIRES: fit was produced by FitIrt on `problem`; replicates > 0.
IrtIntervals BootstrapIrt(const IrtProblem& problem, const IrtFit& fit, int replicates, uint64_t seed,
                          const IrtControl& control = {}, double level = 0.95);

}  // namespace entente

#endif  // ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_
