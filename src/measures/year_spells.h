// Year spells: runs of consecutive years, the way treaty obligations and
// memberships are read ("defence pledge 1954-1979").
//   spells(Y) = the maximal periods [a, b] with every year of [a, b] in Y.
// Degenerate input: no years give no spells; duplicates count once.
#ifndef ENTENTE_MEASURES_YEAR_SPELLS_H_
#define ENTENTE_MEASURES_YEAR_SPELLS_H_

#include <vector>

#include "core/period.h"

namespace entente {

// The runs of consecutive years in `years` (any order), earliest first.
std::vector<Period> YearSpells(std::vector<int> years);

}  // namespace entente

#endif  // ENTENTE_MEASURES_YEAR_SPELLS_H_
