// The colours of chart series: Vega-Lite's default categorical scheme
// (tableau10), so that the SVG charts of a Markdown report and the Vega
// charts of an HTML report colour the same series alike.
#ifndef ENTENTE_OUTPUT_CHART_PALETTE_H_
#define ENTENTE_OUTPUT_CHART_PALETTE_H_

#include <array>
#include <cstddef>
#include <string_view>

namespace entente {

inline constexpr std::array<std::string_view, 10> kSeriesColours = {
    "#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b",
    "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"};

inline std::string_view SeriesColour(size_t i) { return kSeriesColours[i % kSeriesColours.size()]; }

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CHART_PALETTE_H_
