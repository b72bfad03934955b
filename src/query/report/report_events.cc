// The report's event part: the dated events that involve both states in the
// period, from the built-in record and any event files given, as a timeline
// and as counts by year and category.
#include <map>

#include <fmt/format.h>

#include "query/events/events_query.h"
#include "query/report/report_parts.h"

namespace entente {

ReportPart BuildEventsPart(ReportContext& ctx) {
  ReportPart part;
  part.name = "events";
  part.title = "Events";
  EventsRequest req;
  req.states = {std::to_string(ctx.a->ccode.value), std::to_string(ctx.b->ccode.value)};
  req.from = ctx.period.from;
  req.to = ctx.period.to;
  req.files = ctx.request.event_files;
  Result<Answer> result = NoRowsAsNotFound(QueryEvents(ctx.ws, req));
  // A bad event file is the user's to mend: the report stops rather than
  // leave out the events it was asked to show.
  if (!result.ok() && result.status().code() == Status::Code::kUsage) {
    ctx.fatal = result.status();
    return part;
  }
  std::optional<Answer> answer = ctx.Take(part, std::move(result));
  if (!answer) return part;
  const Table& all = answer->sections.front().table;
  if (all.empty()) {
    part.missing.push_back(fmt::format("the event record has no event involving both {} and {} in {}", ctx.a->name,
                                       ctx.b->name, ctx.period.ToString()));
    return part;
  }
  // The columns a reader wants in a timeline; the full rows are in `entente events`.
  Table timeline;
  std::vector<size_t> keep;
  for (const char* c : {"date", "end", "category", "summary", "source", "url"}) {
    keep.push_back(*ColumnIndex(all, c));
    timeline.AddColumn(c, 0);
  }
  std::map<std::pair<int, std::string>, int> counts;
  size_t date = *ColumnIndex(all, "date"), category = *ColumnIndex(all, "category");
  for (const auto& row : all.rows) {
    std::vector<Cell> out;
    for (size_t k : keep) out.push_back(row[k]);
    timeline.AddRow(std::move(out));
    std::string d = TextCell(row[date]);
    int year = 0;
    if (d.size() >= 4 && std::from_chars(d.data(), d.data() + 4, year).ec == std::errc()) {
      ++counts[{year, TextCell(row[category])}];
    }
  }
  Chart chart;
  chart.name = "events_by_year";
  chart.title = "Events involving both states, by year and category";
  chart.caption = fmt::format("Events of the record ({}) dated in each year; an event dated only to a decade counts "
                              "in its first year.",
                              answer->FactText("records").value_or("the built-in record"));
  chart.kind = ChartKind::kStackedBar;
  chart.y_title = "events";
  chart.y_decimals = 0;
  for (const auto& [key, n] : counts) {
    if (std::find(chart.series.begin(), chart.series.end(), key.second) == chart.series.end()) {
      chart.series.push_back(key.second);
    }
    chart.points.push_back(ChartPoint{key.first, key.second, static_cast<double>(n)});
  }
  part.charts.push_back(std::move(chart));
  part.facts.push_back(ReportFact{"Events in the period", std::to_string(all.rows.size())});
  AddTable(part, "timeline", "Timeline", timeline);
  for (const std::string& note : answer->notes) part.notes.push_back(note);
  return part;
}

}  // namespace entente
