// The shared IGO memberships of every dyad in one year: the distribution a
// pair's count is read against. Every pair COW IGO lists in the year counts
// once, with its count (0 included: the dyadic file lists the pairs of the
// state system with or without a shared organisation).
#ifndef ENTENTE_QUERY_RELATIONS_IGO_ALL_DYADS_H_
#define ENTENTE_QUERY_RELATIONS_IGO_ALL_DYADS_H_

#include <vector>

#include "core/status.h"
#include "query/workspace.h"

namespace entente {

// dyadigos of every pair COW IGO lists in `year`, sorted increasing (empty for
// a year it does not cover).
Result<std::vector<double>> SharedIgosOfEveryDyad(Workspace& ws, int year);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_IGO_ALL_DYADS_H_
