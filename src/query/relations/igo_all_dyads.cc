// One year of COW IGO's dyadic file.
#include "query/relations/igo_all_dyads.h"

#include <algorithm>

#include "data/cow_igo.h"

namespace entente {

Result<std::vector<double>> SharedIgosOfEveryDyad(Workspace& ws, int year) {
  auto path = ws.DatasetPath("cow_igo");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<IgoDyadYear>>("cow_igo", [&] { return LoadCowIgo(*path); });
  if (!rows.ok()) return rows.status();
  std::vector<double> counts;
  for (const IgoDyadYear& r : **rows) {
    if (r.year == year) counts.push_back(r.shared);
  }
  std::sort(counts.begin(), counts.end());
  return counts;
}

}  // namespace entente
