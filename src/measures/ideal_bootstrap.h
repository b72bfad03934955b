// Parametric bootstrap of ideal points: intervals per unit (state-session).
//
// The fit's own curvature (like variational variances) understates the
// uncertainty badly, so intervals come from simulation: each replicate draws
// every observed vote anew from the fitted model (same states, same roll
// calls, same absences), refits from the estimates, aligns the sign with the
// estimates, and the interval is the 2.5th to 97.5th percentile of the
// replicates (Lewis and Poole 2004; Imai, Lo and Olmsted 2016, section 5).
// Deterministic for a given seed.
#ifndef ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_
#define ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_

#include <cstdint>
#include <vector>

#include "measures/ideal_points.h"

namespace entente {

struct IrtIntervals {
  std::vector<double> lower;  // per unit
  std::vector<double> upper;
  int failed = 0;             // replicates that hit the iteration cap
};

// REQUIRES: fit was produced by FitIrt on `problem`; replicates > 0.
IrtIntervals BootstrapIrt(const IrtProblem& problem, const IrtFit& fit, int replicates, uint64_t seed,
                          const IrtControl& control = {}, double level = 0.95);

}  // namespace entente

#endif  // ENTENTE_MEASURES_IDEAL_BOOTSTRAP_H_
