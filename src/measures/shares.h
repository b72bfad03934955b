// Shares: one part's fraction of a whole, e.g. a supplier's share of a
// recipient's arms imports over a window.
//
// share = part / whole, in [0, 1] when 0 <= part <= whole. Returns nullopt
// when the whole is zero or negative (no deliveries: the share is undefined,
// not 0).
#ifndef ENTENTE_MEASURES_SHARES_H_
#define ENTENTE_MEASURES_SHARES_H_

#include <optional>

namespace entente {

std::optional<double> Share(double part, double whole);

}  // namespace entente

#endif  // ENTENTE_MEASURES_SHARES_H_
