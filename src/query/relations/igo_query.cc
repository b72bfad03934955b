// Shared IGO memberships of a dyad by year.
#include "query/relations/igo_query.h"

#include <algorithm>

#include <fmt/format.h>

#include "data/cow_igo.h"

namespace entente {

Result<Answer> IgoQuery(Workspace& ws, const DyadRequest& request) {
  auto pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  const Country& a = *pair->first;
  const Country& b = *pair->second;
  Answer answer;
  answer.command = "igo";
  answer.title = fmt::format("Shared IGO memberships of {} and {}", a.name, b.name);
  answer.AddFact("measure", "dyadigos = intergovernmental organisations in which both are full members (peacesciencer's name)");
  Result<Period> period = CoveredYears(ws, "cow_igo", request.years, &answer);
  if (!period.ok()) return period.status();
  auto path = ws.DatasetPath("cow_igo");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<IgoDyadYear>>("cow_igo", [&] { return LoadCowIgo(*path); });
  if (!rows.ok()) return rows.status();

  const CowCode lo = std::min(a.ccode, b.ccode), hi = std::max(a.ccode, b.ccode);
  std::vector<const IgoDyadYear*> found;
  for (const IgoDyadYear& r : **rows) {
    if (r.ccode1 == lo && r.ccode2 == hi && period->Contains(r.year)) found.push_back(&r);
  }
  if (found.empty()) {
    answer.no_rows = fmt::format("COW IGO lists {} and {} in no year of {} (both must be states then)",
                                        a.Label(), b.Label(), period->ToString());
  }
  std::sort(found.begin(), found.end(), [](const auto* x, const auto* y) { return x->year < y->year; });
  Table& t = answer.AddSection("igo", "Shared IGO memberships by year");
  t.AddColumn("year");
  AddStateColumns(t, "1");
  AddStateColumns(t, "2");
  t.AddColumn("dyadigos");
  const IgoDyadYear* peak = found.empty() ? nullptr : found.front();
  for (const IgoDyadYear* r : found) {
    std::vector<Cell> row{Cell(int64_t{r->year})};
    AppendStateCells(row, &a, r->year);
    AppendStateCells(row, &b, r->year);
    row.emplace_back(int64_t{r->shared});
    t.AddRow(std::move(row));
    if (r->shared > peak->shared) peak = r;
  }
  if (peak) answer.AddFact("peak", double(peak->shared), "IGOs", fmt::format("{} shared IGOs in {}", peak->shared, peak->year), "", std::to_string(peak->year));
  answer.notes.push_back("COW IGO counts full memberships only; the organisations' names are not in the dyadic file");
  answer.UseDataset(ws.Ref("cow_igo"));
  return answer;
}

}  // namespace entente
