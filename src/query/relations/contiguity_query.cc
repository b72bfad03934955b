// Direct contiguity spells of a dyad.
#include "query/relations/contiguity_query.h"

#include <algorithm>

#include <fmt/format.h>

#include "data/cow_contdir.h"

namespace entente {

Result<Answer> ContiguityQuery(Workspace& ws, const DyadRequest& request) {
  auto pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  const Country& a = *pair->first;
  const Country& b = *pair->second;
  Answer answer;
  answer.command = "contiguity";
  answer.title = fmt::format("Direct contiguity of {} and {} (COW)", a.name, b.name);
  answer.AddFact("definition", "conttype 1 land or river border; 2-5 separated by at most 12, 24, 150 or 400 miles "
                               "of water");
  Result<Period> period = CoveredYears(ws, "cow_contdir", request.years, &answer);
  if (!period.ok()) return period.status();
  auto path = ws.DatasetPath("cow_contdir");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<ContiguitySpell>>("cow_contdir", [&] { return LoadCowContdir(*path); });
  if (!rows.ok()) return rows.status();

  std::vector<const ContiguitySpell*> found;
  for (const ContiguitySpell& s : **rows) {
    if (s.ccode1 == a.ccode && s.ccode2 == b.ccode && period->Overlaps(Period{s.start.year, s.end.year})) {
      found.push_back(&s);
    }
  }
  if (found.empty()) {
    answer.no_rows = fmt::format("{} and {} are not directly contiguous in {}: COW records no land or river "
                                        "border and no more than 400 miles of water between them",
                                        a.Label(), b.Label(), period->ToString());
  }
  std::sort(found.begin(), found.end(), [](const auto* x, const auto* y) { return x->start < y->start; });
  Table& t = answer.AddSection("contiguity", "Contiguity spells");
  AddStateColumns(t, "1");
  AddStateColumns(t, "2");
  for (const char* col : {"conttype", "contiguity", "start", "end"}) t.AddColumn(col);
  for (const ContiguitySpell* s : found) {
    std::vector<Cell> row;
    AppendStateCells(row, &a, s->start.year);
    AppendStateCells(row, &b, s->start.year);
    for (Cell c : {Cell(int64_t{s->conttype}), Cell(std::string(ContiguityLabel(s->conttype))), Cell(s->start.ToIso()),
                   Cell(s->end.ToIso())}) {
      row.push_back(std::move(c));
    }
    t.AddRow(std::move(row));
  }
  answer.notes.push_back("COW dates spells by month; a spell ending in 2016-12 runs to the end of the data");
  answer.UseDataset(ws.Ref("cow_contdir"));
  return answer;
}

}  // namespace entente
