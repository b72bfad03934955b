// Year windows: SIPRI compares arms transfers over five-year windows (2013-17
// against 2008-12) because yearly deliveries are lumpy.
//
// Windows of `width` years, the last one ending at span.to, each starting
// `step` years after the one before (step = width: back to back, as SIPRI's
// fact sheets do; step = 1: rolling). Only whole windows inside `span` are
// returned, oldest first. Returns no windows when width or step is below 1 or
// the span is shorter than one window.
#ifndef ENTENTE_MEASURES_YEAR_WINDOWS_H_
#define ENTENTE_MEASURES_YEAR_WINDOWS_H_

#include <vector>

#include "core/period.h"

namespace entente {

// SIPRI's window width.
constexpr int kSipriWindowYears = 5;

std::vector<Period> TrailingWindows(const Period& span, int width, int step);

}  // namespace entente

#endif  // ENTENTE_MEASURES_YEAR_WINDOWS_H_
