// One dyad's arms flow by year and window, with both sides' shares.
#include "query/arms/arms_flow.h"

#include <fmt/format.h>

#include "measures/peak_year.h"
#include "measures/shares.h"
#include "measures/tiv_totals.h"
#include "query/arms/arms_common.h"

namespace entente {
namespace {

double SumYears(const std::vector<double>& by_year, const Period& all, const Period& part) {
  double s = 0;
  for (int y = part.from; y <= part.to; ++y) s += by_year[static_cast<size_t>(y - all.from)];
  return RoundTivSum(s);
}

void AddFlowColumns(Table& t) {
  t.AddColumn("tiv", kTivDecimals);
  t.AddColumn("share_of_imports", kShareDecimals);
  t.AddColumn("share_of_exports", kShareDecimals);
  t.AddColumn("recipient_imports", kTivDecimals);
  t.AddColumn("supplier_exports", kTivDecimals);
}

void AppendFlowCells(std::vector<Cell>& row, double dyad, double imports, double exports) {
  row.emplace_back(dyad);
  row.push_back(OptionalCell(Share(dyad, imports)));
  row.push_back(OptionalCell(Share(dyad, exports)));
  row.emplace_back(imports);
  row.emplace_back(exports);
}

}  // namespace

Result<Answer> ArmsFlow(Workspace& ws, const ArmsFlowRequest& request) {
  if (request.window < 1) return Status::Usage("--window must be at least 1 year");
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  Result<ArmsParty> supplier = ResolveArmsParty(ws, reg, request.supplier);
  if (!supplier.ok()) return supplier.status();
  Result<ArmsParty> recipient = ResolveArmsParty(ws, reg, request.recipient);
  if (!recipient.ok()) return recipient.status();
  if (supplier->label == recipient->label) {
    return Status::Usage(fmt::format("arms flow takes two different states: a supplier and a recipient (got {} twice)",
                                     supplier->label));
  }
  Answer answer;
  answer.command = "arms flow";
  Result<Period> period = ArmsPeriod(reg, request.from, request.to, &answer);
  if (!period.ok()) return period.status();

  TivSum dyad_sum;
  if (supplier->id && recipient->id) dyad_sum = SumTiv(reg, TivFilter{supplier->id, recipient->id, *period});
  if (dyad_sum.rows == 0) {
    // Not an error: the register covers every transfer, so its silence is a
    // flow of zero, written as zeros below.
    answer.no_rows = fmt::format("the SIPRI trade register records no arms deliveries from {} to {} in {}",
                                 supplier->label, recipient->label, period->ToString());
  }
  std::vector<double> dyad = TivByYear(reg, TivFilter{supplier->id, recipient->id, *period});
  std::vector<double> imports = TivByYear(reg, TivFilter{std::nullopt, recipient->id, *period});
  std::vector<double> exports = TivByYear(reg, TivFilter{supplier->id, std::nullopt, *period});
  double imports_total = SumYears(imports, *period, *period);
  double exports_total = SumYears(exports, *period, *period);
  std::optional<Peak> peak = PeakYear(period->from, dyad);

  answer.title = fmt::format("Arms transfers from {} to {}, {} (SIPRI TIV, millions)", supplier->label,
                             recipient->label, period->ToString());
  answer.AddFact("measure", "TIV delivered: SIPRI trend-indicator value of deliveries, millions");
  answer.AddFact("supplier", supplier->label);
  answer.AddFact("recipient", recipient->label);
  answer.AddFact("period", period->ToString());
  const std::string tiv_unit = "TIV (millions)";
  answer.AddFact("total_tiv", dyad_sum.tiv, tiv_unit, fmt::format("{:.2f}", dyad_sum.tiv),
                 "TIV delivered from the supplier to the recipient", period->ToString());
  // A share with no denominator (no imports at all) is a fact in words only.
  auto share_fact = [&](const char* key, std::optional<double> share, double total, const char* whose) {
    std::string text = fmt::format("{} of the {} ({:.2f})", PercentText(share), whose, total);
    std::string basis = fmt::format("{:.2f} {} of the {}, {}", total, tiv_unit, whose, period->ToString());
    if (share) {
      answer.AddFact(key, *share, "share (0-1)", text, fmt::format("the dyad's TIV over the {}", whose), basis);
    } else {
      answer.AddFact(key, text);
    }
  };
  share_fact("share_of_imports", Share(dyad_sum.tiv, imports_total), imports_total, "recipient's imports");
  share_fact("share_of_exports", Share(dyad_sum.tiv, exports_total), exports_total, "supplier's exports");
  if (peak) {
    answer.AddFact("peak_year", peak->year, "year", fmt::format("{} ({:.2f})", peak->year, peak->value),
                   "the year of the most TIV delivered", fmt::format("{:.2f} {}", peak->value, tiv_unit));
  } else {
    answer.AddFact("peak_year", "-");
  }
  std::vector<double> import_shares;
  for (size_t i = 0; i < dyad.size(); ++i) import_shares.push_back(Share(dyad[i], imports[i]).value_or(0));
  std::optional<Peak> share_peak = PeakYear(period->from, import_shares);
  if (share_peak) {
    answer.AddFact("peak_share_of_imports", share_peak->year, "year",
                   fmt::format("{} ({})", share_peak->year, PercentText(share_peak->value)),
                   "the year of the supplier's largest share of the recipient's imports",
                   fmt::format("{:.4f} share (0-1) of the recipient's imports that year", share_peak->value));
  } else {
    answer.AddFact("peak_share_of_imports", "-");
  }

  Table& years = answer.AddSection("by_year", "By year");
  years.AddColumn("year");
  AddFlowColumns(years);
  for (size_t i = 0; i < dyad.size(); ++i) {
    std::vector<Cell> row{static_cast<int64_t>(period->from + static_cast<int>(i))};
    AppendFlowCells(row, dyad[i], imports[i], exports[i]);
    years.AddRow(std::move(row));
  }

  std::vector<Period> windows = TrailingWindows(*period, request.window, request.window);
  Table& w = answer.AddSection("windows", fmt::format("{}-year windows", request.window));
  w.AddColumn("from");
  w.AddColumn("to");
  AddFlowColumns(w);
  for (const Period& p : windows) {
    std::vector<Cell> row{static_cast<int64_t>(p.from), static_cast<int64_t>(p.to)};
    AppendFlowCells(row, SumYears(dyad, *period, p), SumYears(imports, *period, p), SumYears(exports, *period, p));
    w.AddRow(std::move(row));
  }
  if (windows.empty()) {
    answer.notes.push_back(fmt::format("{} is shorter than one window of {} years, so there are no windows.",
                                       period->ToString(), request.window));
  } else if (windows.front().from > period->from) {
    answer.notes.push_back(fmt::format("Windows end in {} and run back to back; {} before the first whole "
                                       "window {} left out of them.", period->to,
                                       Period{period->from, windows.front().from - 1}.ToString(),
                                       windows.front().from - period->from > 1 ? "are" : "is"));
  }
  answer.notes.push_back("share_of_imports is the supplier's share of the recipient's imports from all suppliers; "
                         "share_of_exports is the recipient's share of the supplier's exports to all recipients.");
  AddArmsProvenance(ws, answer, dyad_sum.unvalued);
  return answer;
}

}  // namespace entente
