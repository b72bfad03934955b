// Session shifts for the dynamic ideal-point model: a step of FitIrt that
// moves whole sessions against each other.
//
// Shifting every position of one session by m and every roll call voted on
// only in that session by a -> a - b m leaves all those votes' probabilities
// as they were; only the random walk and the roll calls shared with other
// sessions (identical resolutions) pin m. The per-state Newton steps of
// irt_step.h crawl along these directions. One Newton step in the shifts of
// all sessions together with the shared items' (a, b) (their 2 x 2 blocks
// eliminated, leaving a system of one row per session) reaches them directly;
// it is kept only if the log posterior rises, halved up to five times
// otherwise.
#ifndef ENTENTE_MEASURES_IRT_SESSION_SHIFT_H_
#define ENTENTE_MEASURES_IRT_SESSION_SHIFT_H_

#include <cstdint>
#include <vector>

#include "measures/irt_step.h"

namespace entente::irt_internal {

struct SessionShifts {
  int32_t sessions = 0;
  std::vector<int32_t> item_session;   // the one session voting on an item, or -1 (shared), -2 (no votes)
  std::vector<uint32_t> shared_votes;  // indices into IrtState::votes of votes on shared items
};

// Empty (no shifts) unless the problem has at least two sessions.
SessionShifts PrepareSessionShifts(const IrtProblem& pr, const IrtState& st);

// One safeguarded shift step; `scratch` is working space.
void ShiftSessions(const IrtProblem& pr, const IrtState& st, const SessionShifts& sh, IrtFit* fit, IrtFit* scratch);

}  // namespace entente::irt_internal

#endif  // ENTENTE_MEASURES_IRT_SESSION_SHIFT_H_
