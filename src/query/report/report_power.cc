// The report's power part: the CINC of each state over the whole record, the
// CINC of the pair against each comparison dyad taken as a coalition, and the
// capabilities and balance of the period, from COW's NMC data.
#include <fmt/format.h>

#include "core/number_format.h"
#include "query/power/balance_query.h"
#include "query/power/power_all_dyads.h"
#include "query/power/power_query.h"
#include "query/report/report_parts.h"

namespace entente {
namespace {

Chart CincChart(std::string name, std::string title, std::string caption, const ReportContext& ctx) {
  Chart chart;
  chart.name = std::move(name);
  chart.title = std::move(title);
  chart.caption = std::move(caption);
  chart.kind = ChartKind::kLine;
  chart.y_title = "CINC";
  chart.y_decimals = 3;
  chart.highlight = ctx.period;
  return chart;
}

// Points from a table with a year, a series column and a cinc column.
void AddCincPoints(Chart& chart, const Table& t, std::string_view series_column) {
  size_t year = *ColumnIndex(t, "year"), series = *ColumnIndex(t, series_column), cinc = *ColumnIndex(t, "cinc");
  for (const auto& row : t.rows) {
    std::string name = TextCell(row[series]);
    if (std::find(chart.series.begin(), chart.series.end(), name) == chart.series.end()) chart.series.push_back(name);
    chart.points.push_back(ChartPoint{static_cast<int>(*NumberCell(row[year])), name, NumberCell(row[cinc])});
  }
}

void AddStates(ReportContext& ctx, ReportPart& part) {
  PowerRequest whole{std::to_string(ctx.a->ccode.value), std::to_string(ctx.b->ccode.value), {}};
  std::optional<Answer> answer = ctx.Take(part, PowerQuery(ctx.ws, whole));
  if (!answer) return;
  Chart chart = CincChart("cinc", "Composite Index of National Capability by year",
                          "CINC: each state's share of the system's military expenditure and personnel, iron and "
                          "steel, energy, total and urban population, averaged. Dataset: cow_nmc.",
                          ctx);
  chart.series = {ctx.a->ShortCode(), ctx.b->ShortCode()};
  AddCincPoints(chart, FindSection(*answer, "capabilities")->table, "iso3");
  part.charts.push_back(std::move(chart));
  ctx.DefineMeasure("cinc", answer->FactText("measure").value_or("COW CINC"));

  PowerRequest period{whole.a, whole.b, YearFlags{ctx.period.from, ctx.period.to}};
  std::optional<Answer> in_period = ctx.Take(part, PowerQuery(ctx.ws, period));
  if (!in_period) return;
  const Table& balance = FindSection(*in_period, "balance")->table;
  AddTable(part, "balance", "Capabilities of the pair in the period", balance);
  if (balance.empty()) return;
  const auto& last = balance.rows.back();
  std::string year = TextCell(last[*ColumnIndex(balance, "year")]);
  std::optional<double> c1 = NumberCell(last[*ColumnIndex(balance, "cinc1")]);
  std::optional<double> c2 = NumberCell(last[*ColumnIndex(balance, "cinc2")]);
  std::optional<double> ratio = NumberCell(last[*ColumnIndex(balance, "cinc_ratio")]);
  if (c1 && c2) {
    std::optional<HeadlinePercentile> percentile;
    if (ratio) {
      Result<std::vector<double>> all = CincRatioOfEveryDyad(ctx.ws, std::stoi(year));
      if (!all.ok()) {
        ctx.fatal = all.status();
        return;
      }
      percentile = PercentileAmong(ctx, *all, *ratio, fmt::format("ordered pairs of states with a CINC in {}", year));
    }
    ctx.report.summary.push_back(Headline{
        fmt::format("CINC of {} and {}", ctx.a->name, ctx.b->name), OptionalCell(ratio),
        fmt::format("{} and {}", FormatFixed(*c1, 4), FormatFixed(*c2, 4)),
        fmt::format("{}'s CINC is {} times {}'s{}", ctx.a->name, ratio ? FormatFixed(*ratio, 3) : "-", ctx.b->name,
                    PercentileDetail(percentile)),
        "cinc_ratio = cinc1 / cinc2 (COW Composite Index of National Capability)", year, "cow_nmc", percentile});
  }
  if (std::optional<std::string> past = in_period->FactText("past_coverage")) part.notes.push_back(*past);
}

void AddCoalitions(ReportContext& ctx, ReportPart& part) {
  if (ctx.compare.empty()) return;
  std::string ours = ctx.a->ShortCode() + "+" + ctx.b->ShortCode();
  Chart chart = CincChart("cinc_coalitions", "The pair's combined CINC against each comparison dyad",
                          "Summed CINC of each dyad taken as a coalition. Dataset: cow_nmc.", ctx);
  bool first = true;
  std::vector<std::string> overlapping;
  for (const auto& [x, y] : ctx.compare) {
    std::string theirs = x->ShortCode() + "+" + y->ShortCode();
    if (x == ctx.a || x == ctx.b || y == ctx.a || y == ctx.b) {  // a state stands on one side only
      overlapping.push_back(ReportContext::DyadName(*x, *y));
      continue;
    }
    BalanceRequest req{std::to_string(ctx.a->ccode.value) + "+" + std::to_string(ctx.b->ccode.value),
                       std::to_string(x->ccode.value) + "+" + std::to_string(y->ccode.value), {}};
    std::optional<Answer> answer = ctx.Take(part, BalanceQuery(ctx.ws, req));
    if (!answer) continue;
    Table totals = FindSection(*answer, "totals")->table;
    size_t col = *ColumnIndex(totals, "coalition");
    std::string label1 = answer->FactText("coalition1").value_or(req.coalition1);
    if (!first) {  // the pair's own line once
      std::erase_if(totals.rows, [&](const auto& row) { return TextCell(row[col]) == label1; });
    }
    // Name the coalitions by their states' codes for the legend.
    for (auto& row : totals.rows) row[col] = TextCell(row[col]) == label1 ? ours : theirs;
    AddCincPoints(chart, totals, "coalition");
    first = false;
  }
  if (!overlapping.empty()) {
    part.notes.push_back(fmt::format("The coalition chart leaves out {}: a dyad that shares a state with {} cannot "
                                     "stand against it as a coalition.",
                                     fmt::join(overlapping, ", "), ReportContext::DyadName(*ctx.a, *ctx.b)));
  }
  if (!chart.points.empty()) part.charts.push_back(std::move(chart));
}

}  // namespace

ReportPart BuildPowerPart(ReportContext& ctx) {
  ReportPart part;
  part.name = "power";
  part.title = "Material power";
  AddStates(ctx, part);
  if (!ctx.fatal.ok()) return part;
  AddCoalitions(ctx, part);
  return part;
}

}  // namespace entente
