// JSON form of a report.
#include "output/report_json.h"

#include "output/json_writer.h"

namespace entente {

using json = nlohmann::ordered_json;

namespace {

json ChartToJson(const Chart& c) {
  json points = json::array();
  for (const ChartPoint& p : c.points) {
    points.push_back({{"year", p.year}, {"series", p.series}, {"value", p.value ? json(*p.value) : json(nullptr)}});
  }
  json band = json::array();
  for (const ChartBandYear& b : c.band) {
    band.push_back({{"year", b.year}, {"low", b.low}, {"median", b.median}, {"high", b.high}, {"dyads", b.count}});
  }
  return json{{"name", c.name},
              {"title", c.title},
              {"caption", c.caption},
              {"kind", c.kind == ChartKind::kLine ? "line" : "stacked_bar"},
              {"y", c.y_title},
              {"series", c.series},
              {"highlight", c.highlight ? json{{"from", c.highlight->from}, {"to", c.highlight->to}} : json(nullptr)},
              {"points", points},
              {"band", band}};
}

json PartToJson(const ReportPart& p) {
  json facts = json::array();
  for (const ReportFact& f : p.facts) facts.push_back({{"label", f.label}, {"value", f.value}});
  json charts = json::array();
  for (const Chart& c : p.charts) charts.push_back(ChartToJson(c));
  json tables = json::object();
  for (const Section& s : p.tables) tables[s.name] = {{"title", s.title}, {"rows", TableToJson(s.table)}};
  return json{{"name", p.name}, {"title", p.title},       {"facts", facts},     {"charts", charts},
              {"tables", tables}, {"notes", p.notes},     {"missing", p.missing}, {"datasets", p.datasets}};
}

}  // namespace

json ReportToJson(const Report& r) {
  json summary = json::array();
  for (const Headline& h : r.summary) {
    summary.push_back({{"label", h.label},
                       {"value", CellToJson(h.value)},
                       {"text", h.text},
                       {"detail", h.detail},
                       {"measure", h.measure},
                       {"period", h.period},
                       {"dataset", h.dataset},
                       {"percentile", h.percentile ? json{{"value", h.percentile->value},
                                                          {"dyads", h.percentile->dyads},
                                                          {"among", h.percentile->among}}
                                                    : json(nullptr)}});
  }
  json parts = json::array();
  for (const ReportPart& p : r.parts) parts.push_back(PartToJson(p));
  json measures = json::array();
  for (const MeasureDefinition& m : r.measures) measures.push_back({{"name", m.name}, {"definition", m.definition}});
  return json{{"command", "report"},
              {"title", r.title},
              {"a", r.a_label},
              {"b", r.b_label},
              {"period", {{"from", r.period.from}, {"to", r.period.to}}},
              {"compare", r.compare},
              {"entente_version", r.version},
              {"notes", r.notes},
              {"summary", summary},
              {"parts", parts},
              {"measures", measures},
              {"datasets", DatasetsToJson(r.datasets)}};
}

void WriteReportJson(const Report& report, std::ostream& out) { out << ReportToJson(report).dump(2) << "\n"; }

}  // namespace entente
