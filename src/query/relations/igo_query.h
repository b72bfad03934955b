// The IGO query: how many intergovernmental organisations two states share,
// by year (COW IGO 3.0).
#ifndef ENTENTE_QUERY_RELATIONS_IGO_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_IGO_QUERY_H_

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

// Section "igo" (year, the two states as ccode, iso3, stateabb each, dyadigos).
// An empty answer (no_rows says why) when COW lists the pair in no year of the period (one of them was not a
// state); usage error for unknown states or years outside 1816-2014.
Result<Answer> IgoQuery(Workspace& ws, const DyadRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_IGO_QUERY_H_
