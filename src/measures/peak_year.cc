// The peak of a yearly series.
#include "measures/peak_year.h"

namespace entente {

std::optional<Peak> PeakYear(int first_year, const std::vector<double>& values) {
  std::optional<Peak> peak;
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i] > 0 && (!peak || values[i] > peak->value)) {
      peak = Peak{first_year + static_cast<int>(i), values[i]};
    }
  }
  return peak;
}

}  // namespace entente
