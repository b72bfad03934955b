// The contiguity query: whether two states border each other or face each
// other across water, with dated spells (COW direct contiguity 3.2).
#ifndef ENTENTE_QUERY_RELATIONS_CONTIGUITY_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_CONTIGUITY_QUERY_H_

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

// Section "contiguity" (ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2,
// conttype, contiguity, start, end as dates). An empty answer (no_rows says
// why) when they are not directly contiguous; usage error for unknown states.
Result<Answer> ContiguityQuery(Workspace& ws, const DyadRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_CONTIGUITY_QUERY_H_
