// The power query: two states' material capabilities (COW NMC) by year, the
// ratio of their CINC and A's share of the pair.
#ifndef ENTENTE_QUERY_POWER_POWER_QUERY_H_
#define ENTENTE_QUERY_POWER_POWER_QUERY_H_

#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

struct PowerRequest {
  std::string a;
  std::string b;
  YearFlags years;
};

// Sections "capabilities" (year, ccode, iso3, stateabb, cowmaj, cinc and
// components, one row per state-year) and "balance" (year, both states, both
// CINCs, cinc_ratio = cinc1 / cinc2, cinc_share1 = cinc1 / (cinc1 + cinc2)).
// Usage error for unknown states or years outside 1816-2016; an empty answer
// when neither state has an NMC record in the period; data error when a dataset is missing or malformed.
Result<Answer> PowerQuery(Workspace& ws, const PowerRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_POWER_POWER_QUERY_H_
