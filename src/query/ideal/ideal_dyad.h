// Two states' static ideal points, session by session: what the dyad vote
// query needs for its ideal_distance measure.
#ifndef ENTENTE_QUERY_IDEAL_IDEAL_DYAD_H_
#define ENTENTE_QUERY_IDEAL_IDEAL_DYAD_H_

#include <map>
#include <memory>
#include <set>

#include "core/country.h"
#include "core/status.h"
#include "measures/ideal_distance.h"
#include "query/workspace.h"

namespace entente {

struct IdealEstimates;

// The static fit of every session from the first up to `last_session` (as
// `entente ideal`), kept in the workspace so that every dyad and panel over
// the same sessions reuses it. Null when no session up to last_session has a
// contested roll call. Errors: those of EstimateIdealPoints.
Result<std::shared_ptr<const IdealEstimates>> StaticIdealFit(Workspace& ws, int last_session);

// Positions of `a` and `b` in each session with ideal points up to
// `last_session` (static model, as `entente ideal`); a state without a
// position in a session is missing there. The fit is kept in the workspace,
// so later dyads over the same sessions reuse it. Errors: those of
// EstimateIdealPoints (a missing or changed vote dataset).
Result<std::map<int, DyadPositions>> DyadIdealPositions(Workspace& ws, CowCode a, CowCode b, int last_session);

// The positions of the given sessions, in session order (sessions without
// ideal points give two missing positions).
std::vector<DyadPositions> PositionsOf(const std::map<int, DyadPositions>& positions, const std::set<int>& sessions);

}  // namespace entente

#endif  // ENTENTE_QUERY_IDEAL_IDEAL_DYAD_H_
