// One step of the ideal-point fit (ideal_points.h) and the state it reuses
// across steps. Internal to FitIrt and its session shifts.
//
// The step is ECME (Liu and Rubin 1994): the positions, then the items'
// (a, b), by a Newton step on the observed-data posterior; each item's
// variance by the EM update at its new (a, b). The augmentation gives both
// derivatives of a vote's log probability in its linear predictor
// eta = a + b x (Louis 1982):
//   d log P / d eta = (E[z] - eta) / s2,  d2 log P / d eta2 = (Var[z] - s2) / s2^2,
// so a Newton step costs one pass over the votes, like an E-step. EM proper
// divides the same gradient by the complete-data information, b^2 / s2 a
// vote; for the votes the model predicts almost surely (most of a UN
// session) the observed information is orders of magnitude smaller, and EM
// crawls: it stopped up to 0.86 short of the posterior mode.
#ifndef ENTENTE_MEASURES_IRT_STEP_H_
#define ENTENTE_MEASURES_IRT_STEP_H_

#include <array>
#include <cstdint>
#include <vector>

#include "measures/ideal_points.h"

namespace entente::irt_internal {

// A Newton step moves an item's linear predictor by at most this many
// latent standard deviations on any vote. Far from the data the likelihood
// of a lopsided roll call is almost flat, and an unbounded step would jump
// across to where it is steep, then back.
inline constexpr double kItemStepReach = 1.0;

// The derivatives of the observed-data log likelihood: per unit the
// gradient and information of its position; per item the sums over its
// votes of r = E[z] - eta and c = (s2 - Var[z]) / s2^2 times 1, x and x^2,
// and of E[(z - eta)^2], x and x^2 for the variance update.
struct UnitDerivatives {
  double grad = 0, info = 0;
};
struct ItemDerivatives {
  double r = 0, rx = 0, c = 0, cx = 0, cxx = 0, ss = 0, x = 0, xx = 0;
};

// Buffers reused across steps. The votes are kept grouped by choice (no,
// abstain, yes; by item within a choice) so that a pass runs three
// branch-free loops.
struct IrtState {
  std::vector<IrtVote> votes;
  std::array<size_t, 4> run{};  // votes of choice c are [run[c], run[c + 1])
  std::vector<std::vector<uint32_t>> chains;  // dynamic: each state's units in order
  std::vector<WalkLink> link;                 // each unit's prior factors
  std::vector<double> count;                  // votes on each item
  std::vector<bool> voted;                    // units with at least one vote
  std::vector<double> sd, w;                  // sqrt(s2) and b / s2 of each item
  std::vector<UnitDerivatives> unit_d;
  std::vector<ItemDerivatives> item_d;
  double max_abs_x = 0;
};

IrtState PrepareState(const IrtProblem& pr);

// Log posterior up to a constant: the priors only.
double LogPrior(const IrtProblem& pr, const IrtState& st, const IrtFit& f);

// One step. Returns the log posterior (up to a constant) at the parameters
// it started from when `with_objective`, else 0 (no logs are computed).
double EcmeStep(const IrtProblem& pr, IrtState& st, IrtFit* fit, bool with_objective);

// Rescales positions to mean 0 and variance 1 over the units with votes,
// changing the items so that every a + b x stays the same.
void Standardize(const std::vector<bool>& voted, IrtFit* fit);

// Items from a regression of a rough latent value (no -0.5, abstain 0.5,
// yes 1.5) on the positions: a start for items not yet estimated.
void RegressItems(const IrtProblem& pr, IrtFit* fit);

}  // namespace entente::irt_internal

#endif  // ENTENTE_MEASURES_IRT_STEP_H_
