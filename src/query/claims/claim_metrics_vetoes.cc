// Claim metrics over Security Council vetoes: how many drafts a permanent
// member vetoed in a period, and the date of its first veto.
#include <fmt/format.h>

#include "core/number_format.h"
#include "query/claims/claim_metrics.h"
#include "query/relations/veto_query.h"

namespace entente {
namespace {

std::vector<ParamSpec> VetoParams() {
  return {{"by", "state", true, "the permanent member"},
          {"from", "year", false, ""},
          {"to", "year", false, ""},
          {"topic", "text", false, "text in the agenda item, topic or region"}};
}

VetoRequest Request(const ClaimParams& p) {
  VetoRequest req;
  req.by = TextParam(p, "by");
  if (auto f = IntParam(p, "from")) req.years.from = static_cast<int>(*f);
  if (auto t = IntParam(p, "to")) req.years.to = static_cast<int>(*t);
  req.topic = TextParam(p, "topic");
  return req;
}

}  // namespace

void RegisterVetoMetrics(MetricRegistry& registry) {
  Metric& count = registry.Add(Metric{"vetoes.count", "Number of draft resolutions the member vetoed", VetoParams(),
                      [](Workspace& ws, const ClaimParams& p) -> Result<Measurement> {
                        Result<Answer> a = NoRowsAsNotFound(VetoQuery(ws, Request(p)));
                        Result<Measurement> m = MeasureFromAnswer(a, AnswerPick{"vetoes", "draft", {}, true, false},
                                                                  "vetoed draft resolutions (one per draft)");
                        if (m.ok() && a.ok()) {
                          m->value = static_cast<double>(a->sections[0].table.rows.size());
                          m->text.clear();
                        }
                        return m;
                      }});
  count.unit = "vetoed drafts";
  count.dataset = "unsc_vetoes";
  Metric& first = registry.Add(Metric{"vetoes.first", "Date (YYYY-MM-DD) of the member's first veto in the period", VetoParams(),
                      [](Workspace& ws, const ClaimParams& p) -> Result<Measurement> {
                        Result<Answer> a = NoRowsAsNotFound(VetoQuery(ws, Request(p)));
                        Result<Measurement> m = MeasureFromAnswer(a, AnswerPick{"vetoes", "date", {}, false, false},
                                                                  "date of the earliest vetoed draft");
                        if (m.ok() && a.ok() && !a->sections[0].table.rows.empty()) {
                          const auto& row = a->sections[0].table.rows[0];
                          m->basis += fmt::format("{}draft {}, {}", m->basis.empty() ? "" : "; ", CellText(row[2]), CellText(row[4]));
                        }
                        return m;
                      }});
  first.unit = "date";
  first.text_result = true;
  first.dataset = "unsc_vetoes";
}

}  // namespace entente
