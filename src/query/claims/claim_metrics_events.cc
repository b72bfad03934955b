// Claim metrics over the event record: events.count (how many recorded
// events match) and events.first (the date of the earliest match), for one or
// two states, a category, a period and search text.
#include <fmt/format.h>

#include "core/event.h"
#include "query/claims/claim_metrics.h"
#include "query/events/events_query.h"

namespace entente {
namespace {

std::vector<std::string> CategoryNames() {
  std::vector<std::string> names;
  for (const EventCategoryInfo& c : EventCategories()) names.emplace_back(c.name);
  return names;
}

std::vector<ParamSpec> EventParams() {
  return {
      {"a", "state", true, "a state involved"},
      {"b", "state", false, "a second state involved"},
      {"category", "text", false, "an event category (docs/EVENTS.md)", CategoryNames()},
      {"from", "year", false, "first year"},
      {"to", "year", false, "last year"},
      {"search", "text", false, "text the event must mention"},
  };
}

Result<Measurement> MeasureEvents(Workspace& ws, const ClaimParams& p, bool first) {
  EventsRequest req;
  req.states.push_back(*TextParam(p, "a"));
  if (auto b = TextParam(p, "b")) req.states.push_back(*b);
  req.category = TextParam(p, "category");
  if (auto from = IntParam(p, "from")) req.from = static_cast<int>(*from);
  if (auto to = IntParam(p, "to")) req.to = static_cast<int>(*to);
  req.search = TextParam(p, "search").value_or("");
  Measurement m;
  m.definition = first ? "date of the earliest matching event in the event record"
                       : "number of matching events in the event record";
  Result<Answer> a = NoRowsAsNotFound(QueryEvents(ws, req));
  if (!a.ok()) {
    // "No matching event" is an answer (zero), not a failure.
    if (a.status().code() != Status::Code::kNotFound) return a.status();
    m.basis = a.status().message();
    if (first) {
      m.not_checkable = a.status().message();
    } else {
      m.value = 0;
    }
    return m;
  }
  const Table& t = a->sections[0].table;
  m.datasets = a->datasets;
  for (const Fact& f : a->facts) m.basis += (m.basis.empty() ? "" : "; ") + f.key + ": " + f.text;
  if (first) {
    m.text = t.rows.empty() ? "" : std::get<std::string>(t.rows[0][0]);
    if (m.text.empty()) m.not_checkable = "no matching event";
  } else {
    m.value = static_cast<double>(t.rows.size());
  }
  return m;
}

}  // namespace

void RegisterEventMetrics(MetricRegistry& registry) {
  registry.Add(Metric{"events.count", "Number of events in the event record matching the parameters", EventParams(),
                      [](Workspace& ws, const ClaimParams& p) { return MeasureEvents(ws, p, false); }})
      .unit = "events";
  Metric& first = registry.Add(Metric{"events.first", "Date of the earliest event in the event record matching the parameters",
                                      EventParams(), [](Workspace& ws, const ClaimParams& p) { return MeasureEvents(ws, p, true); }});
  first.unit = "date";
  first.text_result = true;
}

}  // namespace entente
