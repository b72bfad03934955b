// Tests of TrailingWindows: degenerate spans first, then SIPRI's back-to-back
// windows and rolling ones.
#include "measures/year_windows.h"

#include <gtest/gtest.h>

namespace entente {
namespace year_windows_test {

using Windows = std::vector<Period>;

TEST(TrailingWindows, Cases) {
  struct Case {
    Period span;
    int width, step;
    Windows windows;
  } cases[] = {
      {{2013, 2016}, 5, 5, {}},                      // shorter than a window
      {{2013, 2017}, 0, 5, {}},                      // no width
      {{2013, 2017}, 5, 0, {}},                      // no step
      {{2013, 2017}, 5, 5, {{2013, 2017}}},          // exactly one: SIPRI's 2013-17
      {{2004, 2017}, 5, 5, {{2008, 2012}, {2013, 2017}}},  // partial leading years left out
      {{1995, 2024}, 10, 10, {{1995, 2004}, {2005, 2014}, {2015, 2024}}},
      {{2013, 2018}, 5, 1, {{2013, 2017}, {2014, 2018}}},  // rolling
      {{2016, 2016}, 1, 1, {{2016, 2016}}},          // single years
  };
  for (const auto& c : cases) {
    EXPECT_EQ(TrailingWindows(c.span, c.width, c.step), c.windows)
        << c.span.ToString() << " width " << c.width << " step " << c.step;
  }
}

}  // namespace year_windows_test
}  // namespace entente
