// Peak year: the year in which a yearly series (e.g. TIV delivered) is
// largest.
//
// peak = argmax_t v_t over the series; ties go to the earliest year. Returns
// nullopt for an empty series or one with no positive value (no deliveries
// have no peak).
#ifndef ENTENTE_MEASURES_PEAK_YEAR_H_
#define ENTENTE_MEASURES_PEAK_YEAR_H_

#include <optional>
#include <vector>

namespace entente {

struct Peak {
  int year = 0;
  double value = 0;
};

// `values[i]` is the value of year `first_year + i`.
std::optional<Peak> PeakYear(int first_year, const std::vector<double>& values);

}  // namespace entente

#endif  // ENTENTE_MEASURES_PEAK_YEAR_H_
