// Coalition totals of capabilities and their balance by year.
#include "query/power/balance_query.h"

#include <fmt/format.h>

#include "data/cow_nmc.h"
#include "measures/power_balance.h"
#include "measures/year_spells.h"
#include "query/power/capability_rows.h"

namespace entente {
namespace {

std::string Label(const std::vector<const Country*>& members) {
  std::vector<std::string> codes;
  for (const Country* c : members) codes.push_back(c->ShortCode());
  return fmt::format("{}", fmt::join(codes, "+"));
}

}  // namespace

Result<std::vector<const Country*>> ResolveCoalition(Workspace& ws, std::string_view text) {
  std::vector<const Country*> members;
  size_t start = 0;
  for (;;) {
    size_t plus = text.find('+', start);
    std::string_view part = text.substr(start, plus == std::string_view::npos ? std::string_view::npos : plus - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty()) {
      return Status::Usage(fmt::format("coalition \"{}\" has an empty member; expected states joined by '+', "
                                       "e.g. PAK+CHN", text));
    }
    Result<const Country*> c = ws.ResolveCountry(part);
    if (!c.ok()) return c.status();
    for (const Country* m : members) {
      if (m == *c) return Status::Usage(fmt::format("coalition \"{}\" names {} twice", text, (*c)->Label()));
    }
    members.push_back(*c);
    if (plus == std::string_view::npos) break;
    start = plus + 1;
  }
  return members;
}

Result<Answer> BalanceQuery(Workspace& ws, const BalanceRequest& request) {
  auto c1 = ResolveCoalition(ws, request.coalition1);
  if (!c1.ok()) return c1.status();
  auto c2 = ResolveCoalition(ws, request.coalition2);
  if (!c2.ok()) return c2.status();
  for (const Country* m : *c1) {
    for (const Country* n : *c2) {
      if (m == n) return Status::Usage(fmt::format("{} is in both coalitions; a state can stand on one side only",
                                                   m->Label()));
    }
  }
  const std::vector<const Country*>* sides[] = {&*c1, &*c2};
  const std::string labels[] = {Label(*c1), Label(*c2)};
  Answer answer;
  answer.command = "balance";
  answer.title = fmt::format("Balance of capabilities: {} against {} (COW NMC)", labels[0], labels[1]);
  answer.AddFact("measure", "coalition totals of CINC and components; cinc_share1 = cinc1 / (cinc1 + cinc2)");
  answer.AddFact("coalition1", labels[0]);
  answer.AddFact("coalition2", labels[1]);
  Result<Period> period = CoveredYears(ws, "cow_nmc", request.years, &answer);
  if (!period.ok()) return period.status();
  answer.AddFact("units", CapabilityUnits());
  auto path = ws.DatasetPath("cow_nmc");
  if (!path.ok()) return path.status();
  auto nmc = ws.LoadOnce<NmcTable>("cow_nmc", [&] { return LoadCowNmc(*path); });
  if (!nmc.ok()) return nmc.status();

  // Both sections first: AddSection may move earlier tables.
  answer.AddSection("totals", "Coalition totals by year");
  answer.AddSection("balance", "Balance by year");
  Table& totals = answer.sections[0].table;
  Table& bal = answer.sections[1].table;
  for (const char* col : {"year", "coalition", "members"}) totals.AddColumn(col);
  for (const CapabilityField& f : CapabilityFields()) totals.AddColumn(f.column, f.decimals);
  bal.AddColumn("year");
  bal.AddColumn("cinc1", 6);
  bal.AddColumn("cinc2", 6);
  bal.AddColumn("cinc_ratio", 3);
  bal.AddColumn("cinc_share1", 4);

  std::vector<int> left_out;
  for (int y = period->from; y <= period->to; ++y) {
    std::vector<const NmcRecord*> records[2];
    bool complete = true;
    for (int s = 0; s < 2; ++s) {
      for (const Country* m : *sides[s]) {
        const NmcRecord* r = (*nmc)->Find(m->ccode, y);
        if (r == nullptr) complete = false;
        records[s].push_back(r);
      }
    }
    if (!complete) {
      left_out.push_back(y);
      continue;
    }
    std::optional<double> cinc[2];
    for (int s = 0; s < 2; ++s) {
      std::vector<Cell> row = {Cell(int64_t{y}), Cell(labels[s]), Cell(static_cast<int64_t>(records[s].size()))};
      for (const CapabilityField& f : CapabilityFields()) {
        std::vector<std::optional<double>> values;
        for (const NmcRecord* r : records[s]) values.push_back(r->*f.member);
        std::optional<double> total = CoalitionTotal(values);
        if (f.member == &NmcRecord::cinc) cinc[s] = total;
        row.push_back(OptionalCell(total));
      }
      totals.AddRow(std::move(row));
    }
    std::vector<Cell> row;
    row.emplace_back(int64_t{y});
    for (const std::optional<double>& v : {cinc[0], cinc[1], CapabilityRatio(cinc[0], cinc[1]),
                                           CapabilityShare(cinc[0], cinc[1])}) {
      row.push_back(OptionalCell(v));
    }
    bal.AddRow(std::move(row));
  }
  if (bal.empty()) {
    answer.no_rows = fmt::format("no year in {} in which every member of {} and {} has an NMC record",
                                        period->ToString(), labels[0], labels[1]);
  }
  if (!left_out.empty()) {
    std::vector<std::string> spells;
    for (const Period& p : YearSpells(left_out)) spells.push_back(p.ToString());
    answer.notes.push_back(fmt::format("left out {} (a member has no NMC record: not yet, or no longer, a state)",
                                       fmt::join(spells, ", ")));
  }
  for (const auto* side : sides) {
    for (const Country* m : *side) {
      for (std::string& n : MissingValueNotes(**nmc, *m, *period)) answer.notes.push_back(std::move(n));
    }
  }
  answer.UseDataset(ws.Ref("cow_nmc"));
  return answer;
}

}  // namespace entente
