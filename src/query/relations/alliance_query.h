// The alliance query: the years of each ATOP pledge between two states.
#ifndef ENTENTE_QUERY_RELATIONS_ALLIANCE_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_ALLIANCE_QUERY_H_

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

// Sections "obligations" (obligation, then state 1 pledging toward state 2 as
// ccode, iso3, stateabb each, from, to, n_years: one row per spell of consecutive years in force in
// the period, with the spell's own first and last year, which may lie outside
// it) and "years" (the period's years and a 0/1 column per pledge, 1 when
// either state holds it).
// An empty answer (no_rows says why) when the pair has no alliance in the
// period; usage error for unknown states or years outside 1815-2018.
Result<Answer> AllianceQuery(Workspace& ws, const DyadRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_ALLIANCE_QUERY_H_
