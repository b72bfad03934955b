// The CINC ratio of every ordered pair of states in one year: the
// distribution a pair's ratio is read against. Every two states with a CINC
// in COW NMC that year count, in both orders (the ratio of (b, a) is the
// inverse of (a, b), so the distribution is the same whichever state comes
// first); a pair whose ratio is undefined (a CINC of 0 below) is left out.
#ifndef ENTENTE_QUERY_POWER_POWER_ALL_DYADS_H_
#define ENTENTE_QUERY_POWER_POWER_ALL_DYADS_H_

#include <vector>

#include "core/status.h"
#include "query/workspace.h"

namespace entente {

// cinc_a / cinc_b of every ordered pair of states with a CINC in `year`,
// sorted increasing (empty for a year NMC does not cover).
Result<std::vector<double>> CincRatioOfEveryDyad(Workspace& ws, int year);

}  // namespace entente

#endif  // ENTENTE_QUERY_POWER_POWER_ALL_DYADS_H_
