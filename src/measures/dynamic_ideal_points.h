// Dynamic ideal points: all sessions in one ordinal model (ideal_points.h)
// whose positions are tied across sessions and whose roll calls on
// identical resolutions share their item parameters, so that sessions are
// comparable.
//
// The model of Bailey, Strezhnev and Voeten (2017), "Estimating Dynamic
// State Preferences from United Nations Voting Data", Journal of Conflict
// Resolution 61(2): 430-456, fitted as in ideal_points.h (an EM algorithm on
// the augmentation of Imai, Lo and Olmsted 2016). The default prior
// (kDefaultWalk) keeps every session's N(0, 1) of the static model and ties
// a state's consecutive positions by a random-walk factor of variance 0.02 a
// session: the random walk alone charged the N(0, 1) once, so a bloc voting
// as one in every session drifted to the end of the scale (-5.65). The
// variance and the form were chosen by held-out votes (bench/ideal_holdout,
// docs/IDEAL_POINTS.md). The Newton step of one state's positions is a
// tridiagonal system, solved exactly; whole sessions move by the session
// shifts of irt_session_shift.h.
// Start: short static session fits (kDynamicStartSteps; same sign
// convention), linked items at the mean of their static estimates.
// Identification: the scale by the priors (reported standardised over all
// units), the sign so that the anchor state's mean position is positive.
// Degenerate input: sessions without votes leave their units at 0; no links
// give independent sessions tied only by the walk.
#ifndef ENTENTE_MEASURES_DYNAMIC_IDEAL_POINTS_H_
#define ENTENTE_MEASURES_DYNAMIC_IDEAL_POINTS_H_

#include <utility>
#include <vector>

#include "measures/ideal_sessions.h"

namespace entente {

// The prior linking a state's sessions (ideal_points.h): persistence rho a
// session and innovation variance omega2.
struct WalkPrior {
  double rho = 1.0;
  double omega2 = 0.1;
  double session_prior = 0;
};
// Stationary: every session's marginal prior is N(0, 1), the static model's.
inline constexpr WalkPrior StationaryWalk(double rho) { return WalkPrior{rho, 1.0 - rho * rho, 0}; }
// Each session held by N(0, 1) as in the static model, smoothed by a random walk.
inline constexpr WalkPrior HeldWalk(double omega2) { return WalkPrior{1.0, omega2, 1}; }
inline constexpr WalkPrior kDefaultWalk = HeldWalk(0.02);
// Steps of each static fit the dynamic fit starts from (two accelerated
// cycles): a start needs each session's dimension and sign, not its mode.
inline constexpr int kDynamicStartSteps = 6;

// A roll call: (index into the sessions vector, item within that session).
using IrtItemRef = std::pair<size_t, size_t>;

struct DynamicFit {
  IrtProblem problem;                  // the joint problem that was fitted
  IrtFit fit;                          // over its units and merged items
  std::vector<size_t> unit_offset;     // session s's units start at unit_offset[s]
  std::vector<size_t> item_offset;     // session s's roll calls start at item_offset[s] in item_of
  std::vector<uint32_t> item_of;       // the merged item of each session's roll call
  size_t linked_items = 0;             // roll calls merged into another's item
};

// Builds the joint problem: units of all sessions, one item per group of
// linked roll calls, each state's units chained in session order.
DynamicFit BuildDynamicProblem(const std::vector<IrtSession>& sessions,
                               const std::vector<std::pair<IrtItemRef, IrtItemRef>>& links, WalkPrior walk);

// Fits it from the static fits. REQUIRES: statics.size() == sessions.size().
DynamicFit FitDynamic(const std::vector<IrtSession>& sessions,
                      const std::vector<std::pair<IrtItemRef, IrtItemRef>>& links,
                      const std::vector<SessionFit>& statics, int anchor, const IrtControl& control = {},
                      WalkPrior walk = kDefaultWalk);

}  // namespace entente

#endif  // ENTENTE_MEASURES_DYNAMIC_IDEAL_POINTS_H_
