// Strategic rivalries of a dyad.
#include "query/relations/rivalry_query.h"

#include <algorithm>

#include <fmt/format.h>

#include "data/td_rivalries.h"

namespace entente {

Result<Answer> RivalryQuery(Workspace& ws, const DyadRequest& request) {
  auto pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  const Country& a = *pair->first;
  const Country& b = *pair->second;
  Answer answer;
  answer.command = "rivalry";
  answer.title = fmt::format("Strategic rivalries between {} and {} (Thompson and Dreyer)", a.name, b.name);
  answer.AddFact("definition", "strategic rivalry: states that regard each other as competitors, a source of threat "
                               "and enemies (Thompson and Dreyer 2011); types spatial, positional, ideological, "
                               "interventionary, main type first");
  Result<Period> period = CoveredYears(ws, "td_rivalries", request.years, &answer);
  if (!period.ok()) return period.status();
  const Period coverage = *ws.manifest().Find("td_rivalries")->years;
  auto path = ws.DatasetPath("td_rivalries");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<Rivalry>>("td_rivalries", [&] { return LoadTdRivalries(*path); });
  if (!rows.ok()) return rows.status();

  std::vector<const Rivalry*> found;
  for (const Rivalry& r : **rows) {
    bool same = (r.ccode1 == a.ccode && r.ccode2 == b.ccode) || (r.ccode1 == b.ccode && r.ccode2 == a.ccode);
    if (same && period->Overlaps(Period{r.start_year, r.end_year})) found.push_back(&r);
  }
  if (found.empty()) {
    answer.no_rows = fmt::format("no strategic rivalry between {} and {} in {} (Thompson and Dreyer)",
                                        a.Label(), b.Label(), period->ToString());
  }
  std::sort(found.begin(), found.end(), [](const auto* x, const auto* y) { return x->start_year < y->start_year; });
  Table& t = answer.AddSection("rivalries", "Rivalries");
  t.AddColumn("rivalry");
  t.AddColumn("name");
  AddStateColumns(t, "1");
  AddStateColumns(t, "2");
  for (const char* col : {"from", "to", "region", "types"}) t.AddColumn(col);
  bool ongoing = false;
  for (const Rivalry* r : found) {
    // The pair in the order typed, as in every pair command.
    std::vector<Cell> row{Cell(int64_t{r->number}), Cell(r->name)};
    AppendStateCells(row, &a, r->start_year);
    AppendStateCells(row, &b, r->start_year);
    for (Cell c : {Cell(int64_t{r->start_year}), Cell(int64_t{r->end_year}), r->region.empty() ? Cell() : Cell(r->region),
                   Cell(fmt::format("{}", fmt::join(r->types, ", ")))}) {
      row.push_back(std::move(c));
    }
    t.AddRow(std::move(row));
    ongoing = ongoing || r->end_year == coverage.to;
  }
  if (ongoing) {
    answer.notes.push_back(fmt::format("the data end in {}: a rivalry that ends in {} was still running then",
                                       coverage.to, coverage.to));
  }
  answer.UseDataset(ws.Ref("td_rivalries"));
  return answer;
}

}  // namespace entente
