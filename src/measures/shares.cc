// Shares of a whole.
#include "measures/shares.h"

namespace entente {

std::optional<double> Share(double part, double whole) {
  if (!(whole > 0)) return std::nullopt;
  return part / whole;
}

}  // namespace entente
