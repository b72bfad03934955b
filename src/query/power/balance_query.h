// The balance query: two coalitions' summed capabilities (COW NMC) by year and
// the first coalition's share, e.g. Pakistan+China against India+USA.
#ifndef ENTENTE_QUERY_POWER_BALANCE_QUERY_H_
#define ENTENTE_QUERY_POWER_BALANCE_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/answer.h"
#include "core/country.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

struct BalanceRequest {
  std::string coalition1;  // states joined by '+', e.g. "PAK+CHN"
  std::string coalition2;
  YearFlags years;
};

// The states of "PAK+CHN"; a usage error for an empty part, an unknown state
// or a state named twice.
Result<std::vector<const Country*>> ResolveCoalition(Workspace& ws, std::string_view text);

// Sections "totals" (year, coalition, members, cinc and components summed
// over the members) and "balance" (year, cinc1, cinc2, cinc_ratio,
// cinc_share1). A year enters only when every member has an NMC record; a
// total is empty when any member's value is missing. Usage error when the
// coalitions share a state.
Result<Answer> BalanceQuery(Workspace& ws, const BalanceRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_POWER_BALANCE_QUERY_H_
