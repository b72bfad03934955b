// The veto query: Security Council drafts vetoed by the permanent members,
// filtered by member, years and topic, with counts per member.
#ifndef ENTENTE_QUERY_RELATIONS_VETO_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_VETO_QUERY_H_

#include <optional>
#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

struct VetoRequest {
  std::optional<std::string> by;     // a state, as typed
  YearFlags years;
  std::optional<std::string> topic;  // case-insensitive text in agenda item, topic or region
};

// Sections "vetoes" (date, year, draft, meeting_record, agenda_item, topic,
// region, vetoers, vetoed_by; by date), "casts" (date, year, draft and the
// member as ccode, iso3, stateabb: one row per veto cast) and "counts"
// (ccode, iso3, stateabb, name, vetoes: drafts each member vetoed among those
// listed). An empty answer (no_rows says why) when nothing matches; usage error for an unknown state or years outside
// 1946-2022.
Result<Answer> VetoQuery(Workspace& ws, const VetoRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_VETO_QUERY_H_
