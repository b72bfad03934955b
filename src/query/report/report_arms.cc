// The report's arms part: each state's imports by supplier and year (a
// stacked bar chart and the supplier-by-year table), the flows between the
// two with their shares, and the deals behind them, from SIPRI's register.
#include <algorithm>

#include <fmt/format.h>

#include "core/number_format.h"
#include "core/text.h"
#include "query/arms/arms_all_dyads.h"
#include "query/arms/arms_common.h"
#include "query/arms/arms_deals.h"
#include "query/arms/arms_flow.h"
#include "query/arms/arms_trade.h"
#include "query/report/report_parts.h"

namespace entente {
namespace {

constexpr int kTopSuppliers = 5;

void AddImports(ReportContext& ctx, ReportPart& part, const Country& state) {
  ArmsTradeRequest req;
  req.direction = ArmsDirection::kImports;
  req.state = std::to_string(state.ccode.value);
  req.from = ctx.period.from;
  req.to = ctx.period.to;
  req.by = TradeBy::kPartnerYear;
  req.top = kTopSuppliers;
  req.wide = false;
  std::optional<Answer> answer = ctx.Take(part, ArmsTrade(ctx.ws, req));
  if (!answer) return;
  if (std::optional<std::string> m = answer->FactText("measure")) ctx.DefineMeasure("tiv", *m);
  const Table& t = answer->sections.front().table;
  if (t.empty()) {
    part.missing.push_back(fmt::format("the SIPRI register records no arms imports of {} in {}", state.name,
                                       answer->FactText("period").value_or(ctx.period.ToString())));
    return;
  }
  Chart chart;
  chart.name = "arms_imports_" + ToLower(state.ShortCode());
  chart.title = fmt::format("Arms imports of {} by supplier (SIPRI TIV, millions)", state.name);
  chart.caption = fmt::format("TIV delivered each year, {} largest suppliers of the period and the rest together; "
                              "TIV measures the volume of major conventional arms, not their price. Dataset: "
                              "sipri_transfers.",
                              kTopSuppliers);
  chart.kind = ChartKind::kStackedBar;
  chart.y_title = "TIV (millions)";
  chart.y_decimals = 0;
  size_t code = *ColumnIndex(t, "supplier_iso3"), name = *ColumnIndex(t, "supplier");
  size_t year = *ColumnIndex(t, "year"), tiv = *ColumnIndex(t, "tiv");
  for (const auto& row : t.rows) {
    std::string series = TextCell(row[code]);
    if (series.empty()) series = TextCell(row[name]);
    if (std::find(chart.series.begin(), chart.series.end(), series) == chart.series.end()) {
      chart.series.push_back(series);
    }
    chart.points.push_back(ChartPoint{static_cast<int>(*NumberCell(row[year])), series, NumberCell(row[tiv])});
  }
  part.charts.push_back(std::move(chart));

  // The same numbers as a supplier-by-year table, with totals and shares.
  req.wide = true;
  if (std::optional<Answer> cross = ctx.Take(part, ArmsTrade(ctx.ws, req))) {
    AddTable(part, "imports_" + ToLower(state.ShortCode()),
             fmt::format("Arms imports of {} by supplier and year (TIV, millions)", state.name),
             cross->sections.front().table);
    if (std::optional<std::string> total = cross->FactText("total_tiv")) {
      part.facts.push_back(ReportFact{fmt::format("{}'s arms imports, {}", state.name,
                                                  cross->FactText("period").value_or("")),
                                      *total + " TIV (millions)"});
    }
  }
}

// Every pair's shares of the period, sorted, for the headlines' percentiles.
struct ShareDistribution {
  std::vector<DyadArmsShares> pairs;
  std::vector<double> of_imports, of_exports;
};

std::optional<ShareDistribution> Distribution(ReportContext& ctx) {
  Result<std::vector<DyadArmsShares>> pairs = ArmsSharesOfEveryDyad(ctx.ws, ctx.period);
  if (!pairs.ok()) {
    ctx.fatal = pairs.status();
    return std::nullopt;
  }
  ShareDistribution d;
  for (const DyadArmsShares& p : *pairs) {
    d.of_imports.push_back(p.of_imports);
    d.of_exports.push_back(p.of_exports);
  }
  std::sort(d.of_imports.begin(), d.of_imports.end());
  std::sort(d.of_exports.begin(), d.of_exports.end());
  d.pairs = std::move(*pairs);
  return d;
}

void AddFlow(ReportContext& ctx, ReportPart& part, const Country& supplier, const Country& recipient,
             const ShareDistribution& all) {
  ArmsFlowRequest req{std::to_string(supplier.ccode.value), std::to_string(recipient.ccode.value), ctx.period.from,
                      ctx.period.to};
  std::optional<Answer> answer = ctx.Take(part, ArmsFlow(ctx.ws, req));
  if (!answer) return;
  std::string period = answer->FactText("period").value_or(ctx.period.ToString());
  std::string flow = fmt::format("Arms from {} to {}, {}", supplier.name, recipient.name, period);
  part.facts.push_back(ReportFact{flow, answer->FactText("total_tiv").value_or("-") + " TIV (millions)"});
  const std::pair<const char*, std::string> shares[] = {
      {"share_of_imports", fmt::format("{}'s share of {}'s arms imports", supplier.name, recipient.name)},
      {"share_of_exports", fmt::format("{}'s share of {}'s arms exports", recipient.name, supplier.name)},
      {"peak_share_of_imports", fmt::format("Year of {}'s largest share of {}'s arms imports", supplier.name,
                                            recipient.name)}};
  for (const auto& [key, label] : shares) {
    if (std::optional<std::string> v = answer->FactText(key)) {
      part.facts.push_back(ReportFact{fmt::format("{} ({})", label, key), *v});
    }
  }
  ctx.DefineMeasure("share_of_imports",
                    "the supplier's share of the recipient's arms imports from all suppliers (TIV) over the period");
  ctx.DefineMeasure("share_of_exports",
                    "the recipient's share of the supplier's arms exports to all recipients (TIV) over the period");
  if (const Section* by_year = FindSection(*answer, "by_year")) {
    AddTable(part, fmt::format("flow_{}_{}", ToLower(supplier.ShortCode()), ToLower(recipient.ShortCode())),
             fmt::format("Arms from {} to {} by year, with shares", supplier.name, recipient.name), by_year->table);
    const Table& t = by_year->table;
    double tiv = 0, imports = 0, exports = 0;
    for (const auto& row : t.rows) {
      tiv += NumberCell(row[*ColumnIndex(t, "tiv")]).value_or(0);
      imports += NumberCell(row[*ColumnIndex(t, "recipient_imports")]).value_or(0);
      exports += NumberCell(row[*ColumnIndex(t, "supplier_exports")]).value_or(0);
    }
    // The pair's own entry of the distribution, so that it ties with itself exactly.
    const DyadArmsShares* own = nullptr;
    for (const DyadArmsShares& p : all.pairs) {
      if (p.supplier == supplier.ccode && p.recipient == recipient.ccode) own = &p;
    }
    const std::string among = fmt::format("supplier-recipient pairs of states with deliveries in {}", period);
    // The headlines: each side's share over the period, as `arms flow` gives them.
    auto headline = [&](std::string label, double whole, const char* measure, const std::vector<double>& sorted,
                        double DyadArmsShares::*field) {
      if (whole <= 0) return;
      std::optional<HeadlinePercentile> percentile =
          PercentileAmong(ctx, sorted, own ? own->*field : tiv / whole, among);
      ctx.report.summary.push_back(Headline{std::move(label), Cell(tiv / whole), PercentText(tiv / whole),
                                            fmt::format("{} of {} TIV (millions){}", FormatFixed(tiv, 2),
                                                        FormatFixed(whole, 2), PercentileDetail(percentile)),
                                            measure, period, "sipri_transfers", percentile});
    };
    headline(fmt::format("{}'s share of {}'s arms imports", supplier.name, recipient.name), imports,
             "share_of_imports: the supplier's share of the recipient's arms imports from all suppliers (SIPRI TIV)",
             all.of_imports, &DyadArmsShares::of_imports);
    headline(fmt::format("{}'s share of {}'s arms exports", recipient.name, supplier.name), exports,
             "share_of_exports: the recipient's share of the supplier's arms exports to all recipients (SIPRI TIV)",
             all.of_exports, &DyadArmsShares::of_exports);
  }
}

void AddDeals(ReportContext& ctx, ReportPart& part, const Country& supplier, const Country& recipient) {
  ArmsDealsRequest req;
  req.supplier = std::to_string(supplier.ccode.value);
  req.recipient = std::to_string(recipient.ccode.value);
  req.from = ctx.period.from;
  req.to = ctx.period.to;
  Result<Answer> result = NoRowsAsNotFound(ArmsDeals(ctx.ws, req));
  if (!result.ok() && result.status().code() == Status::Code::kNotFound) return;  // said by the flow already
  std::optional<Answer> answer = ctx.Take(part, std::move(result));
  if (!answer || answer->sections.empty() || answer->sections.front().table.empty()) return;
  AddTable(part, fmt::format("deals_{}_{}", ToLower(supplier.ShortCode()), ToLower(recipient.ShortCode())),
           fmt::format("Deals with deliveries from {} to {} in the period", supplier.name, recipient.name),
           answer->sections.front().table);
}

}  // namespace

ReportPart BuildArmsPart(ReportContext& ctx) {
  ReportPart part;
  part.name = "arms";
  part.title = "Arms transfers";
  for (const Country* c : {ctx.a, ctx.b}) {
    AddImports(ctx, part, *c);
    if (!ctx.fatal.ok()) return part;
  }
  std::optional<ShareDistribution> all = Distribution(ctx);
  if (!all) return part;
  AddFlow(ctx, part, *ctx.b, *ctx.a, *all);
  AddFlow(ctx, part, *ctx.a, *ctx.b, *all);
  if (!ctx.fatal.ok()) return part;
  AddDeals(ctx, part, *ctx.b, *ctx.a);
  AddDeals(ctx, part, *ctx.a, *ctx.b);
  // A named string: GCC 12 warns falsely (-Warray-bounds) on a long literal pushed into a vector.
  static const std::string kTivNote =
      "TIV is SIPRI's trend-indicator value, in millions: the volume of major conventional arms delivered, not "
      "their price. SIPRI rounds register values, so sums may differ slightly from SIPRI's own tables.";
  part.notes.push_back(kTivNote);
  return part;
}

}  // namespace entente
