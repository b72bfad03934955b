// The rivalry query: Thompson and Dreyer strategic rivalries between two states.
#ifndef ENTENTE_QUERY_RELATIONS_RIVALRY_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_RIVALRY_QUERY_H_

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

// Section "rivalries" (rivalry number, name, the two states in the order
// typed as ccode, iso3, stateabb each, from, to, region, types). An empty
// answer (no_rows says why) when the pair has none; usage error for unknown states. request.years filters rivalries
// that overlap the period.
Result<Answer> RivalryQuery(Workspace& ws, const DyadRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_RIVALRY_QUERY_H_
