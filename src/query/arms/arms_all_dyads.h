// The arms shares of every pair of states over a period: the distribution a
// pair's share is read against ("China's 68% of Pakistan's imports is above
// 97% of the supplier-recipient pairs of 2013-2018"). A pair counts when the
// supplier, a state, delivered anything to the recipient, a state, in the
// period; its shares are those of `arms flow` over the period: the pair's TIV
// over the recipient's imports from every supplier (non-state ones included),
// and over the supplier's exports to every recipient.
#ifndef ENTENTE_QUERY_ARMS_ARMS_ALL_DYADS_H_
#define ENTENTE_QUERY_ARMS_ARMS_ALL_DYADS_H_

#include <optional>
#include <vector>

#include "core/country.h"
#include "core/period.h"
#include "core/status.h"
#include "query/workspace.h"

namespace entente {

struct DyadArmsShares {
  CowCode supplier, recipient;
  double of_imports = 0;  // the pair's TIV over the recipient's imports
  double of_exports = 0;  // the pair's TIV over the supplier's exports
};

// Every pair of states with deliveries in `years`, each once.
Result<std::vector<DyadArmsShares>> ArmsSharesOfEveryDyad(Workspace& ws, Period years);

}  // namespace entente

#endif  // ENTENTE_QUERY_ARMS_ARMS_ALL_DYADS_H_
