// Tests of PeakYear: no peak without deliveries, then ties and plain cases.
#include "measures/peak_year.h"

#include <gtest/gtest.h>

namespace entente {
namespace peak_year_test {

TEST(PeakYear, NoneWithoutPositiveValues) {
  EXPECT_FALSE(PeakYear(2000, {}).has_value());
  EXPECT_FALSE(PeakYear(2000, {0, 0, 0}).has_value());
}

TEST(PeakYear, FindsTheLargestYearEarliestOnTies) {
  struct Case {
    std::vector<double> values;
    int year;
    double value;
  } cases[] = {
      {{5}, 2013, 5},
      {{1, 9, 3}, 2014, 9},
      {{4, 2, 4}, 2013, 4},
      {{0, 0, 0.5}, 2015, 0.5},
  };
  for (const auto& c : cases) {
    std::optional<Peak> p = PeakYear(2013, c.values);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->year, c.year);
    EXPECT_EQ(p->value, c.value);
  }
}

}  // namespace peak_year_test
}  // namespace entente
