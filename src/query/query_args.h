// What the queries of power, alliances, forums and conflict share: the years
// a query reads, checked against its dataset's coverage, and the two states
// of a dyad, resolved and distinct.
#ifndef ENTENTE_QUERY_QUERY_ARGS_H_
#define ENTENTE_QUERY_QUERY_ARGS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/country.h"
#include "core/period.h"
#include "core/status.h"
#include "core/table.h"
#include "query/workspace.h"

namespace entente {

// --from and --to as typed; either may be absent.
struct YearFlags {
  std::optional<int> from;
  std::optional<int> to;
};

// Two states as typed and the years asked for: what the dyad queries take.
struct DyadRequest {
  std::string a;
  std::string b;
  YearFlags years;
};

// The years a query reads from dataset `id`: the flags, defaulting to the
// dataset's coverage and clipped to it. A usage error when from > to or when
// the request lies wholly outside the coverage; when it reaches past either
// end, a "before_coverage" or "past_coverage" fact on `answer` says which
// years have no data (facts reach every format, CSV included). Adds the
// "period" fact.
Result<Period> CoveredYears(const Workspace& ws, std::string_view id, const YearFlags& flags, Answer* answer);

// Resolves the two states of a dyad; a usage error when either is unknown or
// both name the same state.
Result<std::pair<const Country*, const Country*>> ResolvePair(Workspace& ws, std::string_view a, std::string_view b);

// The columns naming a state in a table (docs/OUTPUTS.md): ccode, iso3 and
// stateabb; with a suffix for a dyad's states ("1": ccode1, iso3_1,
// stateabb1).
void AddStateColumns(Table& table, std::string_view suffix = "");
// The same for a state in a role: supplier_ccode, supplier_iso3, supplier_stateabb.
void AddRoleColumns(Table& table, std::string_view role);
// Their cells: the COW code, then the ISO 3166 alpha-3 code (empty when the
// state had none) and the COW letters the state had in `year`; three empty
// cells for no state.
void AppendStateCells(std::vector<Cell>& row, const Country* c, int year);
Cell CcodeCell(CowCode code);

// An answer whose tables name states (a ccode column) took their codes from
// the registry: it names the codelist and the COW state list among its
// datasets too. Both front ends call it before writing an answer.
void NameRegistryDatasets(const Workspace& ws, Answer& answer);

}  // namespace entente

#endif  // ENTENTE_QUERY_QUERY_ARGS_H_
