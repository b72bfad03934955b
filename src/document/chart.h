// A chart as data: what it plots (series of yearly values), its titles and
// its caption, with no drawing in it. The report's writers turn a Chart into
// a Vega-Lite specification (HTML) or an SVG drawing (Markdown); the queries
// that build reports fill it.
#ifndef ENTENTE_DOCUMENT_CHART_H_
#define ENTENTE_DOCUMENT_CHART_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/period.h"

namespace entente {

enum class ChartKind { kLine, kStackedBar };

// One value of a chart: a series' value in a year. A missing value is a gap.
struct ChartPoint {
  int year = 0;
  std::string series;
  std::optional<double> value;
};

// A year of a band drawn behind a line chart's series: the median and the
// interquartile range of a distribution (every dyad's value that year).
struct ChartBandYear {
  int year = 0;
  double low = 0, median = 0, high = 0;  // first quartile, median, third quartile
  int64_t count = 0;                     // values the quantiles are taken over
};

struct Chart {
  std::string name;     // unique in the report: the element id and the SVG file's stem
  std::string title;
  std::string caption;  // what is plotted, by which measure, from which dataset
  ChartKind kind = ChartKind::kLine;
  std::string y_title;
  int y_decimals = 2;   // for axis labels and tooltips
  std::vector<std::string> series;  // legend order
  std::vector<ChartPoint> points;
  std::optional<Period> highlight;  // the report's period, shaded when the chart spans more
  std::vector<ChartBandYear> band;  // line charts: drawn behind the series when not empty
  std::string band_label;           // its legend entry: "all dyads: median, interquartile range"
};

}  // namespace entente

#endif  // ENTENTE_DOCUMENT_CHART_H_
