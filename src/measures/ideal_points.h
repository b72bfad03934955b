// Ideal points: a one-dimensional ordinal item-response model of UN votes
// (no / abstain / yes), fitted by an EM algorithm on the latent-variable
// augmentation.
//
// Model (Imai, Lo and Olmsted 2016, "Fast Estimation of Ideal Points with
// Massive Data", APSR 110(4): 631-656, ordinal model in their
// parametrisation): a latent z_ij = a_j + b_j x_i + e_ij, e_ij ~ N(0, s2_j),
// with the two cut-points fixed at 0 and 1: no if z < 0, abstain if
// 0 <= z < 1, yes if z >= 1 (s2_j = 1/tau_j^2 carries the width of roll call
// j's abstention band).
// Priors (all proper, so that perfectly separated roll calls stay finite):
//   x_i ~ N(0, 1) in the static model; in the dynamic model each state's
//     first position N(0, 1), and each later one linked to the one g
//     sessions before by a factor N(x_{i,t}; rho^g x_{i,t-1}, omega2 (1 +
//     rho^2 + ... + rho^(2g - 2))) (rho = 1: a random walk of variance
//     omega2 a session; omega2 = 1 - rho^2: a stationary autoregression,
//     every session's marginal prior N(0, 1)), times N(x_{i,t}; 0, 1) again
//     when session_prior is 1 (each session held by the static model's
//     prior, the link only smoothing between sessions);
//   (a_j, b_j) ~ N(0, kItemPriorVar I);
//   s2_j ~ inverse-gamma(kS2Shape, kS2Scale).
// Estimate: the posterior mode, reported on the standardised scale (the
// positions of the units with votes rescaled to mean 0 and variance 1, the
// items changed to match, which leaves every a_j + b_j x_i as it was).
// Algorithm: ECME (Liu and Rubin 1994): the E-step's truncated-normal
// moments give the derivatives of the observed-data posterior, and each
// iteration takes Newton steps in the positions, then in the items' (a, b),
// with the variances by the EM update; a move along the direction the
// likelihood is flat on; in a dynamic problem, a Newton step in whole
// sessions' shifts (see irt_step.h and irt_session_shift.h for why).
// Acceleration: SQUAREM (Varadhan and Roland 2008, Scandinavian Journal of
// Statistics 35(2)) with a safeguard on the log posterior.
// A unit is one state in one session; items may be shared by units of
// different sessions (roll calls on identical resolutions).
// Convergence: the largest change of any position over one accelerated cycle
// (three steps) and over its plain step are both below `tolerance` (1e-3),
// with `max_iterations` steps as a cap; a fit that hits the cap reports
// converged = false. At 1e-3 the positions stop within 0.01 of the mode
// (tested against fits to 1e-9).
#ifndef ENTENTE_MEASURES_IDEAL_POINTS_H_
#define ENTENTE_MEASURES_IDEAL_POINTS_H_

#include <cstdint>
#include <functional>
#include <vector>

namespace entente {

inline constexpr double kItemPriorVar = 4.0;
inline constexpr double kS2Shape = 5.0;
inline constexpr double kS2Scale = 5.0;

// Ordinal choice: 0 no, 1 abstain, 2 yes.
struct IrtVote {
  uint32_t unit;
  uint32_t item;
  uint8_t choice;
};

struct IrtProblem {
  size_t units = 0;
  size_t items = 0;
  std::vector<IrtVote> votes;
  // Dynamic model: prev[u] is the unit of the same state in its previous
  // session (or -1), gap[u] the number of sessions between them.
  std::vector<int32_t> prev;
  std::vector<int32_t> gap;
  // Dynamic model: the session of each unit, numbered 0, 1, ... (lets the
  // fit move whole sessions); may be empty.
  std::vector<int32_t> session;
  double rho = 1.0;           // persistence per session, in (0, 1]
  double omega2 = 0.1;        // innovation variance per session
  double session_prior = 0;   // weight of a later position's own N(0, 1), 0 or 1
};

// The prior factors of unit u: -q x_u^2 / 2 - w (x_u - r x_prev)^2 / 2
// (w = 0 for a state's first unit, or in a static problem).
struct WalkLink {
  double r = 0, w = 0, q = 1;
};
WalkLink LinkPrior(const IrtProblem& problem, size_t u);

struct IrtItem {
  double a = 0;
  double b = 0;
  double s2 = 1;
};

struct IrtFit {
  std::vector<double> x;       // one position per unit
  std::vector<IrtItem> item;   // one per item
  int iterations = 0;
  bool converged = false;
};

struct IrtControl {
  double tolerance = 1e-3;
  int max_iterations = 2000;
  // Called after each accelerated cycle with the steps taken so far and the
  // largest position change.
  std::function<void(int, double)> on_iteration;
};

// Fits the model from `start` (positions and items; items with b = 0 are
// started from a regression on the starting positions). Units without votes
// keep their prior mean. REQUIRES: start.x.size() == problem.units,
// start.item.size() == problem.items, every vote's unit and item in range.
IrtFit FitIrt(const IrtProblem& problem, IrtFit start, const IrtControl& control = {});

// A start for a problem without links: the first principal component of the
// unit-by-item matrix (yes 1, abstain 0, no -1, centred per item; missing 0),
// scaled to unit variance, found by power iteration.
std::vector<double> PrincipalComponentStart(const IrtProblem& problem);

// Expected choice 0..2 under the model for position x on item `it` (tests,
// simulation). `u` is a standard normal draw; the choice is that of
// z = a + b x + sqrt(s2) u.
uint8_t DrawChoice(const IrtItem& it, double x, double u);

}  // namespace entente

#endif  // ENTENTE_MEASURES_IDEAL_POINTS_H_
