// Building the report: resolving the pair, the comparison dyads and the
// period, then each part in the order a reader wants them.
#include "query/report/report.h"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "measures/percentile_rank.h"
#include "measures/vote_measure_registry.h"
#include "query/query_args.h"
#include "query/report/report_parts.h"

namespace entente {

std::string ReportContext::DyadName(const Country& x, const Country& y) {
  return x.ShortCode() + "-" + y.ShortCode();
}

std::vector<const Country*> ReportContext::States() const {
  std::vector<const Country*> states{a, b};
  for (const auto& [x, y] : compare) {
    for (const Country* c : {x, y}) {
      if (std::find(states.begin(), states.end(), c) == states.end()) states.push_back(c);
    }
  }
  return states;
}

std::optional<Answer> ReportContext::Take(ReportPart& part, Result<Answer> result) {
  result = NoRowsAsNotFound(std::move(result));
  if (!result.ok()) {
    switch (result.status().code()) {
      case Status::Code::kUsage:
      case Status::Code::kNotFound:
        part.missing.push_back(result.status().message());
        break;
      default:
        if (fatal.ok()) fatal = result.status();
        break;
    }
    return std::nullopt;
  }
  for (const DatasetRef& d : result->datasets) UseDataset(part, d);
  return std::move(*result);
}

void ReportContext::UseDataset(ReportPart& part, const std::string& id) { UseDataset(part, ws.Ref(id)); }

void ReportContext::UseDataset(ReportPart& part, const DatasetRef& ref) {
  if (std::find(report.datasets.begin(), report.datasets.end(), ref) == report.datasets.end()) {
    report.datasets.push_back(ref);
  }
  if (std::find(part.datasets.begin(), part.datasets.end(), ref.id) == part.datasets.end()) {
    part.datasets.push_back(ref.id);
  }
}

void ReportContext::DefineMeasure(std::string name, std::string definition) {
  for (const MeasureDefinition& m : report.measures) {
    if (m.name == name) return;
  }
  report.measures.push_back(MeasureDefinition{std::move(name), std::move(definition)});
}

void ReportContext::DefineMeasures(const Answer& answer, const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    if (std::optional<std::string> v = answer.FactText(key)) DefineMeasure(key, *v);
  }
}

std::optional<size_t> ColumnIndex(const Table& table, std::string_view name) {
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].name == name) return i;
  }
  return std::nullopt;
}

std::optional<double> NumberCell(const Cell& cell) {
  if (const auto* i = std::get_if<int64_t>(&cell)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&cell)) return *d;
  return std::nullopt;
}

std::string TextCell(const Cell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* i = std::get_if<int64_t>(&cell)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&cell)) return fmt::format("{}", *d);
  return "";
}

void AppendRows(Table& into, const Table& from) {
  if (into.columns.empty()) into.columns = from.columns;
  for (const auto& row : from.rows) into.rows.push_back(row);
}

void AddTable(ReportPart& part, std::string name, std::string title, const Table& table, bool expanded) {
  // A document for people names states by iso3 and COW code; the COW letters
  // of the command-line tables (stateabb) would only repeat them.
  auto letters = [](const std::string& c) {
    return c.starts_with("stateabb") || (c.size() > 9 && c.ends_with("_stateabb"));
  };
  Table shown;
  std::vector<size_t> keep;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (letters(table.columns[i].name)) continue;
    keep.push_back(i);
    shown.columns.push_back(table.columns[i]);
  }
  for (const auto& row : table.rows) {
    std::vector<Cell> cells;
    cells.reserve(keep.size());
    for (size_t i : keep) cells.push_back(row[i]);
    shown.rows.push_back(std::move(cells));
  }
  part.tables.push_back(Section{std::move(name), std::move(title), std::move(shown), expanded});
}

std::optional<HeadlinePercentile> PercentileAmong(ReportContext& ctx, std::span<const double> sorted, double value,
                                                  std::string among) {
  std::optional<double> rank = PercentileRank(sorted, value);
  if (!rank) return std::nullopt;
  ctx.DefineMeasure("percentile", "percentile rank of a headline figure among every dyad of the same period: 100 "
                                  "(#{x < v} + #{x = v}/2) / n over the n dyads its headline names (ties count half)");
  return HeadlinePercentile{100 * *rank, static_cast<int64_t>(sorted.size()), std::move(among)};
}

std::string PercentileDetail(const std::optional<HeadlinePercentile>& p) {
  return p ? fmt::format("; percentile {:.0f} of the {} {}", p->value, p->dyads, p->among) : std::string();
}

Result<std::pair<std::string, std::string>> ParseDyad(std::string_view text) {
  size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == text.size() ||
      text.find('-', dash + 1) != std::string_view::npos) {
    return Status::Usage(fmt::format(
        "--compare: expected a dyad as two states joined by '-' (for example IND-USA), got '{}'", text));
  }
  return std::make_pair(std::string(text.substr(0, dash)), std::string(text.substr(dash + 1)));
}

namespace {

// The default period: from the first year both states existed to the last
// year of any dataset in the bundle.
Period DefaultPeriod(const Workspace& ws, const Country& a, const Country& b) {
  int first_data = std::numeric_limits<int>::max(), last_data = 0;
  for (const DatasetInfo& d : ws.manifest().datasets()) {
    if (!d.years) continue;
    first_data = std::min(first_data, d.years->from);
    last_data = std::max(last_data, d.years->to);
  }
  int from = first_data;
  for (const Country* c : {&a, &b}) {
    if (!c->spells.empty()) from = std::max(from, c->spells.front().from_year);
  }
  return Period{std::min(from, last_data), last_data};
}

}  // namespace

Result<Report> BuildReport(Workspace& ws, const ReportRequest& request) {
  Result<std::pair<const Country*, const Country*>> pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  if (!FindVoteMeasure(request.vote_measure)) {
    return Status::Usage(fmt::format("--measure: unknown measure '{}'; expected one of {}", request.vote_measure,
                                     VoteMeasureNames()));
  }
  Report report;
  ReportContext ctx{ws, request, pair->first, pair->second, {}, {}, report, Status::Ok()};
  for (const auto& [x, y] : request.compare) {
    Result<std::pair<const Country*, const Country*>> dyad = ResolvePair(ws, x, y);
    if (!dyad.ok()) return Status::Usage(fmt::format("--compare {}-{}: {}", x, y, dyad.status().message()));
    ctx.compare.push_back(*dyad);
    report.compare.push_back(ReportContext::DyadName(*dyad->first, *dyad->second));
  }
  Period period = DefaultPeriod(ws, *ctx.a, *ctx.b);
  if (request.from) period.from = *request.from;
  if (request.to) period.to = *request.to;
  if (period.from > period.to) {
    return Status::Usage(fmt::format("--from {} is after --to {}", period.from, period.to));
  }
  ctx.period = period;
  report.period = period;
  report.a_label = ctx.a->Label();
  report.b_label = ctx.b->Label();
  report.a_code = ctx.a->ShortCode();
  report.b_code = ctx.b->ShortCode();
  report.title = fmt::format("{} and {}, {}", ctx.a->name, ctx.b->name, period.ToString());
  report.version = ENTENTE_VERSION;
  if (!request.from || !request.to) {
    report.notes.push_back(fmt::format(
        "The period {} runs from {} to {}; each part covers the years its dataset has within it.",
        period.ToString(),
        request.from ? "the year asked" : "the first year both states existed",
        request.to ? "the year asked" : "the last year of any dataset"));
  }

  using Builder = ReportPart (*)(ReportContext&);
  for (Builder build : {BuildVotesPart, BuildArmsPart, BuildPowerPart, BuildRelationsPart, BuildEventsPart,
                        BuildClaimsPart}) {
    ReportPart part = build(ctx);
    if (!ctx.fatal.ok()) return ctx.fatal;
    if (!part.name.empty()) report.parts.push_back(std::move(part));
  }
  return report;
}

}  // namespace entente
