// Tests of YearSpells: empty and single years first, then gaps and disorder.
#include "measures/year_spells.h"

#include <gtest/gtest.h>

namespace entente {
namespace year_spells_test {

TEST(YearSpells, Cases) {
  struct Case {
    std::vector<int> years;
    std::vector<Period> want;
  } cases[] = {
      {{}, {}},
      {{1972}, {{1972, 1972}}},
      {{1972, 1972}, {{1972, 1972}}},
      {{1954, 1955, 1956}, {{1954, 1956}}},
      {{1956, 1954, 1955, 1960, 1961, 1958}, {{1954, 1956}, {1958, 1958}, {1960, 1961}}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(YearSpells(c.years), c.want) << c.years.size();
  }
}

}  // namespace year_spells_test
}  // namespace entente
