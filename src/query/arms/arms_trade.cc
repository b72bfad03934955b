// Imports and exports of one state, by partner and year.
#include "query/arms/arms_trade.h"

#include <algorithm>

#include <fmt/format.h>

#include "measures/herfindahl.h"
#include "measures/peak_year.h"
#include "measures/shares.h"
#include "measures/tiv_totals.h"
#include "core/text.h"
#include "query/arms/arms_common.h"

namespace entente {
namespace {

// One row of the partner tables: an actor, or the sum of the smaller ones.
struct PartnerRow {
  std::optional<ActorId> actor;  // nullopt for the "other" row
  int others = 0;
  std::vector<double> by_year;
  double total = 0;
};

// Partners by total, largest first (ties by name); beyond `top`, summed in one row.
std::vector<PartnerRow> RankPartners(const ArmsRegister& reg, std::map<ActorId, std::vector<double>> cube, int top) {
  std::vector<PartnerRow> rows;
  for (auto& [id, years] : cube) {
    double total = 0;
    for (double v : years) total += v;
    rows.push_back(PartnerRow{id, 0, std::move(years), RoundTivSum(total)});
  }
  std::sort(rows.begin(), rows.end(), [&](const PartnerRow& a, const PartnerRow& b) {
    if (a.total != b.total) return a.total > b.total;
    return reg.actors[*a.actor].name < reg.actors[*b.actor].name;
  });
  if (top > 0 && rows.size() > static_cast<size_t>(top) + 1) {
    PartnerRow other{std::nullopt, 0, std::vector<double>(rows[0].by_year.size(), 0.0), 0};
    for (size_t i = static_cast<size_t>(top); i < rows.size(); ++i) {
      ++other.others;
      other.total += rows[i].total;
      for (size_t y = 0; y < other.by_year.size(); ++y) other.by_year[y] += rows[i].by_year[y];
    }
    other.total = RoundTivSum(other.total);
    for (double& v : other.by_year) v = RoundTivSum(v);
    rows.resize(static_cast<size_t>(top));
    rows.push_back(std::move(other));
  }
  return rows;
}

// The actor's name and codes; "Other (N suppliers)" and no codes for the
// partners summed by --top.
void AppendPartner(std::vector<Cell>& row, const ArmsRegister& reg, const PartnerRow& p, const std::string& role) {
  if (p.actor) {
    AppendActorCells(row, reg.actors[*p.actor]);
    return;
  }
  row.emplace_back(fmt::format("Other ({} {}s)", p.others, role));
  row.resize(row.size() + 3);
}

void AppendTotalLabel(std::vector<Cell>& row) {
  row.emplace_back(std::string("Total"));
  row.resize(row.size() + 3);
}

}  // namespace

const std::map<std::string, TradeBy>& TradeByNames(ArmsDirection direction) {
  static const std::map<std::string, TradeBy> imports = {
      {"supplier", TradeBy::kPartner}, {"year", TradeBy::kYear}, {"supplier,year", TradeBy::kPartnerYear}};
  static const std::map<std::string, TradeBy> exports = {
      {"recipient", TradeBy::kPartner}, {"year", TradeBy::kYear}, {"recipient,year", TradeBy::kPartnerYear}};
  return direction == ArmsDirection::kImports ? imports : exports;
}

Result<TradeBy> ParseTradeBy(ArmsDirection direction, std::string_view text) {
  const std::map<std::string, TradeBy>& names = TradeByNames(direction);
  auto it = names.find(ToLower(text));
  if (it == names.end()) {
    return Status::Usage(fmt::format("got \"{0}\", expected {1}|year|{1},year", text,
                                     direction == ArmsDirection::kImports ? "supplier" : "recipient"));
  }
  return it->second;
}

Result<Answer> ArmsTrade(Workspace& ws, const ArmsTradeRequest& request) {
  const bool imports = request.direction == ArmsDirection::kImports;
  if (request.top > 0 && request.by == TradeBy::kYear) {
    return Status::Usage("--top applies to --by supplier or recipient");
  }
  if (request.wide && request.by != TradeBy::kPartnerYear) {
    return Status::Usage("--wide applies to --by supplier,year or recipient,year");
  }
  const std::string role = imports ? "supplier" : "recipient";
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  Result<ArmsParty> party = ResolveArmsParty(ws, reg, request.state);
  if (!party.ok()) return party.status();
  Answer answer;
  answer.command = imports ? "arms imports" : "arms exports";
  Result<Period> period = ArmsPeriod(reg, request.from, request.to, &answer);
  if (!period.ok()) return period.status();

  TivFilter filter{std::nullopt, std::nullopt, *period};
  (imports ? filter.recipient : filter.supplier) = party->id.value_or(0);
  TivSum sum = party->id ? SumTiv(reg, filter) : TivSum{};
  if (sum.rows == 0) {
    answer.no_rows = fmt::format("the SIPRI trade register records no arms {} {} in {}",
                                 imports ? "deliveries to" : "exports by", party->label, period->ToString());
  }
  const TradeSide partner_side = imports ? TradeSide::kSupplier : TradeSide::kRecipient;
  std::vector<double> by_year = TivByYear(reg, filter);
  std::vector<PartnerRow> partners = RankPartners(reg, TivByActorYear(reg, filter, partner_side), request.top);
  std::vector<double> partner_totals;
  for (const auto& [id, tiv] : TivByActor(reg, filter, partner_side)) partner_totals.push_back(tiv);
  std::optional<double> hhi = HerfindahlIndex(partner_totals);
  std::optional<Peak> peak = PeakYear(period->from, by_year);

  answer.title = fmt::format("Arms {} of {}, {} (SIPRI TIV, millions)", imports ? "imports" : "exports",
                             party->label, period->ToString());
  answer.AddFact("measure", "TIV delivered: SIPRI trend-indicator value of deliveries, millions");
  answer.AddFact(imports ? "recipient" : "supplier", party->label);
  answer.AddFact("period", period->ToString());
  const std::string tiv_unit = "TIV (millions)";
  answer.AddFact("total_tiv", sum.tiv, tiv_unit, fmt::format("{:.2f}", sum.tiv), "", period->ToString());
  answer.AddFact(role + "s", static_cast<double>(partner_totals.size()), role + "s",
                 std::to_string(partner_totals.size()), "", period->ToString());
  if (peak) {
    answer.AddFact("peak_year", peak->year, "year", fmt::format("{} ({:.2f})", peak->year, peak->value),
                   "the year of the most TIV delivered", fmt::format("{:.2f} {}", peak->value, tiv_unit));
  } else {
    answer.AddFact("peak_year", "-");
  }
  if (hhi) {
    answer.AddFact(fmt::format("hhi_{}s", role), *hhi, "index (0-1)",
                   fmt::format("{:.4f} (Herfindahl-Hirschman index of {} shares; effective {}s {:.2f})", *hhi, role,
                               role, *EffectiveNumber(hhi)),
                   fmt::format("Herfindahl-Hirschman index: the sum of squared {} shares of TIV", role),
                   fmt::format("{} {}s, {}", partner_totals.size(), role, period->ToString()));
  } else {
    answer.AddFact(fmt::format("hhi_{}s", role), "-");
  }

  if (request.by == TradeBy::kYear) {
    Table& t = answer.AddSection("by_year", "By year");
    t.AddColumn("year");
    t.AddColumn("tiv", kTivDecimals);
    t.AddColumn("share", kShareDecimals);
    t.AddColumn(role + "s");
    for (size_t i = 0; i < by_year.size(); ++i) {
      int64_t n = 0;
      for (const PartnerRow& p : partners) n += p.actor && p.by_year[i] > 0 ? 1 : 0;
      std::vector<Cell> row{static_cast<int64_t>(period->from + static_cast<int>(i)), by_year[i]};
      row.push_back(OptionalCell(Share(by_year[i], sum.tiv)));
      row.emplace_back(n);
      t.AddRow(std::move(row));
    }
  } else if (request.by == TradeBy::kPartnerYear && !request.wide) {
    Table& t = answer.AddSection(fmt::format("by_{}_year", role), fmt::format("By {} and year", role));
    AddActorColumns(t, role);
    t.AddColumn("year");
    t.AddColumn("tiv", kTivDecimals);
    t.AddColumn("share_of_year", kShareDecimals);
    for (const PartnerRow& p : partners) {
      // Every year of the period, 0 in a year with no delivery: the register
      // records every delivery, so its silence is a zero.
      for (size_t i = 0; i < p.by_year.size(); ++i) {
        std::vector<Cell> row;
        AppendPartner(row, reg, p, role);
        row.emplace_back(static_cast<int64_t>(period->from + static_cast<int>(i)));
        row.emplace_back(p.by_year[i]);
        row.push_back(OptionalCell(Share(p.by_year[i], by_year[i])));
        t.AddRow(std::move(row));
      }
    }
  } else {
    const bool cross = request.by == TradeBy::kPartnerYear;
    Table& t = answer.AddSection(cross ? fmt::format("by_{}_year", role) : fmt::format("by_{}", role),
                                 cross ? fmt::format("By {} and year", role) : fmt::format("By {}", role));
    AddActorColumns(t, role);
    if (cross) {
      for (int y = period->from; y <= period->to; ++y) t.AddColumn(std::to_string(y), kTivDecimals);
    }
    t.AddColumn(cross ? "total" : "tiv", kTivDecimals);
    t.AddColumn("share", kShareDecimals);
    for (const PartnerRow& p : partners) {
      std::vector<Cell> row;
      AppendPartner(row, reg, p, role);
      if (cross) row.insert(row.end(), p.by_year.begin(), p.by_year.end());
      row.emplace_back(p.total);
      row.push_back(OptionalCell(Share(p.total, sum.tiv)));
      t.AddRow(std::move(row));
    }
    // A Total row only in the cross table for people; a tidy table keeps
    // observations only (the total is the total_tiv fact).
    if (cross) {
      std::vector<Cell> total;
      AppendTotalLabel(total);
      total.insert(total.end(), by_year.begin(), by_year.end());
      total.emplace_back(sum.tiv);
      total.push_back(OptionalCell(Share(sum.tiv, sum.tiv)));
      t.AddRow(std::move(total));
    }
  }
  for (const PartnerRow& p : partners) {
    if (p.actor && !reg.actors[*p.actor].is_state()) {
      answer.notes.push_back(fmt::format("{0} is SIPRI's name of the actor; {0}_ccode, {0}_iso3 and {0}_stateabb "
                                         "are empty for a non-state actor (SIPRI marks them '*', multinational ones "
                                         "'**').", role));
      break;
    }
  }
  AddArmsProvenance(ws, answer, sum.unvalued);
  return answer;
}

}  // namespace entente
