// The dispute query: militarised interstate disputes between two states (COW
// MID), by dispute and by year, with hostility levels and who started.
#ifndef ENTENTE_QUERY_RELATIONS_DISPUTE_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_DISPUTE_QUERY_H_

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

// Sections "disputes" (one row per dispute under way in the period: dispnum,
// from and to, the dispute's own first and last year for the pair, which may
// lie outside the period, sidea_ccode, sidea_iso3, sidea_stateabb: the state
// on the side that took the first militarised action, hostlev and hostility:
// the dispute's highest level, fatality) and "years" (the period's
// dispute-years: dispnum, year, onset,
// hostlev1, hostlev2: each state's highest level that year, hiact1, hiact2,
// orig1, orig2). An empty answer when the pair has no dispute in the period; usage
// error for unknown states or years outside 1816-2014.
Result<Answer> DisputeQuery(Workspace& ws, const DyadRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_DISPUTE_QUERY_H_
