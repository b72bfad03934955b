// A report chart as a standalone SVG drawing, for the Markdown report: lines
// or stacked bars over years, with axes, the report's period shaded and a
// legend. The HTML report draws the same charts with Vega; this renderer
// keeps the Markdown form free of any JavaScript runtime.
#ifndef ENTENTE_OUTPUT_SVG_CHART_H_
#define ENTENTE_OUTPUT_SVG_CHART_H_

#include <string>
#include <vector>

#include "document/chart.h"

namespace entente {

std::string SvgChart(const Chart& chart);

// "Nice" axis ticks covering [lo, hi]: steps of 1, 2 or 5 times a power of
// ten, about `count` of them.
std::vector<double> NiceTicks(double lo, double hi, int count);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_SVG_CHART_H_
