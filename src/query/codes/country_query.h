// `entente country`: which state a name or code means, with its name and
// codes by period (or in one year), or every state of the registry.
#ifndef ENTENTE_QUERY_CODES_COUNTRY_QUERY_H_
#define ENTENTE_QUERY_CODES_COUNTRY_QUERY_H_

#include <optional>
#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "query/workspace.h"

namespace entente {

struct CountryRequest {
  std::string query;        // what the user typed; empty with `list`
  std::optional<int> year;  // the identity of this year; none: every period
  bool list = false;        // every state (with `year`, those of that year)
};

// Columns: name, ccode, stateabb, iso3, iso2, state_system, gwcode,
// gw_stateid, m49, from, to; one row per identity. A usage error for an
// unknown or ambiguous query (the message names the closest states) or for
// neither a query nor `list`.
Result<Answer> QueryCountry(Workspace& ws, const CountryRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_CODES_COUNTRY_QUERY_H_
