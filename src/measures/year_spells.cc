// Runs of consecutive years.
#include "measures/year_spells.h"

#include <algorithm>

namespace entente {

std::vector<Period> YearSpells(std::vector<int> years) {
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  std::vector<Period> spells;
  for (int y : years) {
    if (!spells.empty() && spells.back().to + 1 == y) {
      spells.back().to = y;
    } else {
      spells.push_back(Period{y, y});
    }
  }
  return spells;
}

}  // namespace entente
