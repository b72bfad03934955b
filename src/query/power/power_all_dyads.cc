// Every ordered pair of one year's NMC records.
#include "query/power/power_all_dyads.h"

#include <algorithm>

#include "data/cow_nmc.h"
#include "measures/power_balance.h"

namespace entente {

Result<std::vector<double>> CincRatioOfEveryDyad(Workspace& ws, int year) {
  auto path = ws.DatasetPath("cow_nmc");
  if (!path.ok()) return path.status();
  auto nmc = ws.LoadOnce<NmcTable>("cow_nmc", [&] { return LoadCowNmc(*path); });
  if (!nmc.ok()) return nmc.status();
  std::vector<double> cinc;
  for (const NmcRecord& r : (*nmc)->rows) {
    if (r.year == year && r.cinc) cinc.push_back(*r.cinc);
  }
  std::vector<double> ratios;
  ratios.reserve(cinc.size() * cinc.size());
  for (size_t a = 0; a < cinc.size(); ++a) {
    for (size_t b = 0; b < cinc.size(); ++b) {
      if (a == b) continue;
      if (std::optional<double> r = CapabilityRatio(cinc[a], cinc[b])) ratios.push_back(*r);
    }
  }
  std::sort(ratios.begin(), ratios.end());
  return ratios;
}

}  // namespace entente
