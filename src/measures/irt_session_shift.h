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

// An item voted on in several sessions: its own Newton terms, and its
// coupling to each session voting on it (minus the Hessian between that
// session's shift and the item's a, b).
struct SharedItemTerms {
  double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
};
struct SessionCoupling {
  int32_t session = 0;
  double ha = 0, hb = 0;
};

// The layout of the shift step, built once per fit, and its working buffers.
struct SessionShifts {
  int32_t sessions = 0;
  std::vector<int32_t> item_session;   // the one session voting on an item, or -1 (shared), -2 (no votes)
  std::vector<uint32_t> shared_votes;  // indices into IrtState::votes of votes on shared items
  std::vector<uint32_t> vote_coupling; // for each shared vote, its (item, session) coupling
  std::vector<uint32_t> item_couplings;  // item j's couplings are [item_couplings[j], item_couplings[j + 1])
  std::vector<SessionCoupling> couplings;
  std::vector<SharedItemTerms> terms;    // per item, used for shared ones
};

// Empty (no shifts) unless the problem has at least two sessions.
SessionShifts PrepareSessionShifts(const IrtProblem& pr, const IrtState& st);

// One safeguarded shift step; `scratch` is working space.
void ShiftSessions(const IrtProblem& pr, const IrtState& st, SessionShifts& sh, IrtFit* fit, IrtFit* scratch);

}  // namespace entente::irt_internal

#endif  // ENTENTE_MEASURES_IRT_SESSION_SHIFT_H_
