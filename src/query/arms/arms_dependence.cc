// Supplier shares and concentration of a recipient's imports, window by window.
#include "query/arms/arms_dependence.h"

#include <algorithm>

#include <fmt/format.h>

#include "measures/herfindahl.h"
#include "measures/shares.h"
#include "measures/tiv_totals.h"
#include "query/arms/arms_common.h"

namespace entente {

Result<Answer> ArmsDependence(Workspace& ws, const ArmsDependenceRequest& request) {
  const int step = request.step == 0 ? request.window : request.step;
  if (request.window < 1) return Status::Usage("--window must be at least 1 year");
  if (step < 1) return Status::Usage("--step must be at least 1 year");
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  Result<ArmsParty> recipient = ResolveArmsParty(ws, reg, request.recipient);
  if (!recipient.ok()) return recipient.status();
  Answer answer;
  answer.command = "arms dependence";
  Result<Period> period = ArmsPeriod(reg, request.from, request.to, &answer);
  if (!period.ok()) return period.status();
  std::vector<Period> windows = TrailingWindows(*period, request.window, step);
  if (windows.empty()) {
    return Status::Usage(fmt::format("a window of {} years does not fit in {}; shorten --window or widen the period",
                                     request.window, period->ToString()));
  }
  Period covered{windows.front().from, windows.back().to};
  TivSum sum;
  if (recipient->id) sum = SumTiv(reg, TivFilter{std::nullopt, recipient->id, covered});
  if (sum.rows == 0) {
    answer.no_rows = fmt::format("the SIPRI trade register records no arms deliveries to {} in {}",
                                 recipient->label, covered.ToString());
  }

  answer.title = fmt::format("Arms import dependence of {}, {}-year windows, {} (SIPRI TIV)", recipient->label,
                             request.window, covered.ToString());
  answer.AddFact("measure", "supplier shares of TIV delivered per window; hhi = sum of squared supplier shares "
                            "(Herfindahl-Hirschman), effective_suppliers = 1/hhi");
  answer.AddFact("recipient", recipient->label);
  answer.AddFact("period", covered.ToString());
  answer.AddFact("windows", static_cast<double>(windows.size()), "windows",
                 fmt::format("{} of {} years, starting every {} years, the last ending in {}", windows.size(),
                             request.window, step, covered.to),
                 "", fmt::format("windows of {} years starting every {} years in {}", request.window, step,
                                 covered.ToString()));

  Table summary;
  summary.AddColumn("from");
  summary.AddColumn("to");
  summary.AddColumn("tiv", kTivDecimals);
  summary.AddColumn("suppliers");
  summary.AddColumn("hhi", kShareDecimals);
  summary.AddColumn("effective_suppliers", kTivDecimals);
  AddActorColumns(summary, "top_supplier");
  summary.AddColumn("top_share", kShareDecimals);
  Table shares;
  shares.AddColumn("from");
  shares.AddColumn("to");
  AddActorColumns(shares, "supplier");
  shares.AddColumn("tiv", kTivDecimals);
  shares.AddColumn("share", kShareDecimals);

  bool empty_window = false;
  for (const Period& w : windows) {
    std::map<ActorId, double> by_supplier = TivByActor(reg, TivFilter{std::nullopt, recipient->id, w},
                                                       TradeSide::kSupplier);
    std::vector<std::pair<ActorId, double>> ranked(by_supplier.begin(), by_supplier.end());
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
      if (a.second != b.second) return a.second > b.second;
      return reg.actors[a.first].name < reg.actors[b.first].name;
    });
    std::vector<double> volumes;
    double total = 0;
    for (const auto& [id, tiv] : ranked) {
      volumes.push_back(tiv);
      total += tiv;
    }
    total = RoundTivSum(total);
    std::optional<double> hhi = HerfindahlIndex(volumes);
    std::vector<Cell> row{static_cast<int64_t>(w.from), static_cast<int64_t>(w.to), total,
                          static_cast<int64_t>(ranked.size())};
    row.push_back(OptionalCell(hhi));
    row.push_back(OptionalCell(EffectiveNumber(hhi)));
    if (ranked.empty() || !(total > 0)) {
      row.resize(row.size() + 5);  // the top supplier (name and three codes) and its share
      empty_window = true;
    } else {
      AppendActorCells(row, reg.actors[ranked.front().first]);
      row.push_back(OptionalCell(Share(ranked.front().second, total)));
    }
    summary.AddRow(std::move(row));
    for (size_t i = 0; i < ranked.size() && (request.top == 0 || i < static_cast<size_t>(request.top)); ++i) {
      std::vector<Cell> s{static_cast<int64_t>(w.from), static_cast<int64_t>(w.to)};
      AppendActorCells(s, reg.actors[ranked[i].first]);
      s.emplace_back(ranked[i].second);
      s.push_back(OptionalCell(Share(ranked[i].second, total)));
      shares.AddRow(std::move(s));
    }
  }
  answer.AddSection("windows", "Windows") = std::move(summary);
  answer.AddSection("shares", "Supplier shares") = std::move(shares);
  if (covered.from > period->from) {
    answer.notes.push_back(fmt::format("Windows end in {}; {} before the first whole window {} left out.", covered.to,
                                       Period{period->from, covered.from - 1}.ToString(),
                                       covered.from - period->from > 1 ? "are" : "is"));
  }
  if (empty_window) {
    answer.notes.push_back("A window without deliveries has no hhi, no effective_suppliers and no top supplier "
                           "(empty fields), not zeros.");
  }
  AddArmsProvenance(ws, answer, sum.unvalued);
  return answer;
}

}  // namespace entente
