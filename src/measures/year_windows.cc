// Back-to-back and rolling windows of years.
#include "measures/year_windows.h"

#include <algorithm>

namespace entente {

std::vector<Period> TrailingWindows(const Period& span, int width, int step) {
  std::vector<Period> out;
  if (width < 1 || step < 1) return out;
  for (int end = span.to; end - width + 1 >= span.from; end -= step) out.push_back(Period{end - width + 1, end});
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace entente
