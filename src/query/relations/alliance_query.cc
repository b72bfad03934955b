// Spells of ATOP pledges within a dyad.
#include "query/relations/alliance_query.h"

#include <array>
#include <map>

#include <fmt/format.h>

#include "data/atop_alliance.h"
#include "measures/year_spells.h"

namespace entente {

Result<Answer> AllianceQuery(Workspace& ws, const DyadRequest& request) {
  auto pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  const Country& a = *pair->first;
  const Country& b = *pair->second;
  Answer answer;
  answer.command = "alliances";
  answer.title = fmt::format("ATOP alliance obligations between {} and {}", a.name, b.name);
  answer.AddFact("measure", "years with each ATOP pledge: defense, offense, neutrality, non-aggression, consultation");
  Result<Period> period = CoveredYears(ws, "atop_alliance", request.years, &answer);
  if (!period.ok()) return period.status();
  auto path = ws.DatasetPath("atop_alliance");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<AtopDyadYear>>("atop_alliance", [&] { return LoadAtopAlliance(*path); });
  if (!rows.ok()) return rows.status();

  // years[direction][pledge]: direction 0 is a toward b, 1 is b toward a.
  std::vector<int> years[2][kAtopPledgeCount];
  std::map<int, std::array<bool, kAtopPledgeCount>> by_year;
  int bare_years = 0;
  // The spells are built from every year of the data, and the period selects
  // those in force in it: a spell that began before the period keeps its
  // first year, one that went on after it its last. Only the years table is
  // cut to the period.
  for (const AtopDyadYear& r : **rows) {
    int dir = r.ccode1 == a.ccode && r.ccode2 == b.ccode ? 0 : r.ccode1 == b.ccode && r.ccode2 == a.ccode ? 1 : -1;
    if (dir < 0) continue;
    const bool inside = period->Contains(r.year);
    std::array<bool, kAtopPledgeCount>* any = inside ? &by_year[r.year] : nullptr;
    bool some = false;
    for (size_t p = 0; p < kAtopPledgeCount; ++p) {
      if (!r.pledges[p]) continue;
      years[dir][p].push_back(r.year);
      if (any) (*any)[p] = true;
      some = true;
    }
    if (inside && !some && dir == 0) ++bare_years;
  }
  if (by_year.empty()) {
    answer.no_rows = fmt::format("no alliance in these years: ATOP records no alliance between {} and {} "
                                        "in {}", a.Label(), b.Label(), period->ToString());
  }
  int beyond = 0;  // spells that began before the period or went on after it
  Table& ob = answer.AddSection("obligations", "Obligations (iso3_1 pledges toward iso3_2)");
  ob.AddColumn("obligation");
  AddStateColumns(ob, "1");
  AddStateColumns(ob, "2");
  for (const char* col : {"from", "to", "n_years"}) ob.AddColumn(col);
  for (size_t p = 0; p < kAtopPledgeCount; ++p) {
    for (int dir = 0; dir < 2; ++dir) {
      const Country& from = dir == 0 ? a : b;
      const Country& to = dir == 0 ? b : a;
      for (const Period& s : YearSpells(years[dir][p])) {
        if (!period->Overlaps(s)) continue;
        if (s.from < period->from || s.to > period->to) ++beyond;
        std::vector<Cell> row{Cell(std::string(AtopPledgeName(static_cast<AtopPledge>(p))))};
        AppendStateCells(row, &from, s.from);
        AppendStateCells(row, &to, s.from);
        for (int64_t v : {int64_t{s.from}, int64_t{s.to}, int64_t{s.to - s.from + 1}}) row.emplace_back(v);
        ob.AddRow(std::move(row));
      }
    }
  }
  Table& yt = answer.AddSection("years", "Pledges by year (1 when either state holds it)");
  yt.AddColumn("year");
  for (size_t p = 0; p < kAtopPledgeCount; ++p) yt.AddColumn(AtopPledgeColumn(static_cast<AtopPledge>(p)));
  // Every year of the period in which ATOP observes the pair (both are
  // states, or it lists an alliance), 0 where it records no pledge.
  for (int year = period->from; year <= period->to; ++year) {
    auto it = by_year.find(year);
    if (it == by_year.end() && !(a.MemberIn(year) && b.MemberIn(year))) continue;
    std::vector<Cell> row = {Cell(int64_t{year})};
    for (size_t p = 0; p < kAtopPledgeCount; ++p) {
      row.push_back(Cell(int64_t{it != by_year.end() && it->second[p] ? 1 : 0}));
    }
    yt.AddRow(std::move(row));
  }
  answer.AddFact("alliance_years", static_cast<double>(by_year.size()), "years", std::to_string(by_year.size()),
                 "years of the period with any ATOP pledge between the two", period->ToString());
  answer.notes.push_back("ATOP's directed dyad-years: the row (ccode1, ccode2) is read as ccode1's pledges toward "
                         "ccode2; a pledge need not be mutual");
  if (beyond > 0) {
    answer.notes.push_back(fmt::format("from and to are each obligation's own first and last year in ATOP; {} of them "
                                       "ran beyond {}, and the years table keeps the period's years",
                                       beyond, period->ToString()));
  }
  if (bare_years > 0) {
    answer.notes.push_back(fmt::format("in {} year(s) ATOP lists an alliance with none of the five pledges", bare_years));
  }
  answer.UseDataset(ws.Ref("atop_alliance"));
  return answer;
}

}  // namespace entente
