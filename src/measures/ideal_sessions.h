// Static ideal points session by session: one ordinal model per General
// Assembly session (see ideal_points.h), fitted in session order.
//
// Starts: the first session (and any session sharing fewer than
// kMinCommonStates states with the one before) starts from the first
// principal component of its votes; every other session starts from the
// previous session's positions (new states at 0), which keeps each fit on
// the dimension of the sessions around it rather than a regional one.
// Identification: the scale by the priors, reported standardised (mean 0,
// variance 1 in each session, see ideal_points.h); the sign so
// that the anchor state (the United States) is positive, or, in a session
// without it, so that positions correlate positively with the session before.
// After each fit the correlation with the previous session's positions over
// the states they share is recorded as a check (`continuity`).
#ifndef ENTENTE_MEASURES_IDEAL_SESSIONS_H_
#define ENTENTE_MEASURES_IDEAL_SESSIONS_H_

#include <functional>
#include <optional>
#include <vector>

#include "measures/ideal_points.h"

namespace entente {

inline constexpr size_t kMinCommonStates = 20;

// One session's problem: `state[u]` identifies unit u's state across
// sessions (any key, e.g. a COW code).
struct IrtSession {
  int session = 0;
  IrtProblem problem;
  std::vector<int> state;
};

struct SessionFit {
  IrtFit fit;
  std::optional<double> continuity;  // correlation with the previous session
  bool pca_start = false;
};

// Fits every session in order. `progress` (may be empty) receives the number
// of sessions done. Deterministic.
std::vector<SessionFit> FitStaticSessions(const std::vector<IrtSession>& sessions, int anchor,
                                          const IrtControl& control = {},
                                          const std::function<void(size_t)>& progress = {});

// Reflects a fit: positions and discriminations change sign.
void Reflect(IrtFit* fit);
// Pearson correlation over the states two sessions share (nullopt under 3).
std::optional<double> SessionCorrelation(const IrtSession& s1, const std::vector<double>& x1, const IrtSession& s2,
                                         const std::vector<double>& x2);

}  // namespace entente

#endif  // ENTENTE_MEASURES_IDEAL_SESSIONS_H_
