// Summing the register once by pair, recipient and supplier.
#include "query/arms/arms_all_dyads.h"

#include <map>
#include <utility>

#include "measures/tiv_totals.h"
#include "query/arms/arms_common.h"

namespace entente {

Result<std::vector<DyadArmsShares>> ArmsSharesOfEveryDyad(Workspace& ws, Period years) {
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  std::map<std::pair<ActorId, ActorId>, double> pairs;
  std::vector<double> imports(reg.actors.size(), 0), exports(reg.actors.size(), 0);
  for (const ArmsDelivery& d : reg.deliveries) {
    if (!d.tiv || !years.Contains(d.year)) continue;
    imports[d.recipient] += *d.tiv;
    exports[d.supplier] += *d.tiv;
    pairs[{d.supplier, d.recipient}] += *d.tiv;
  }
  std::vector<DyadArmsShares> out;
  for (const auto& [pair, sum] : pairs) {
    const Actor& s = reg.actors[pair.first];
    const Actor& r = reg.actors[pair.second];
    const double tiv = RoundTivSum(sum);
    if (!s.is_state() || !r.is_state() || s.country == r.country || tiv <= 0) continue;
    out.push_back(DyadArmsShares{s.country->ccode, r.country->ccode, tiv / RoundTivSum(imports[pair.second]),
                                 tiv / RoundTivSum(exports[pair.first])});
  }
  return out;
}

}  // namespace entente
