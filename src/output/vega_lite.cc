// Vega-Lite specifications of report charts.
#include "output/vega_lite.h"

#include <algorithm>

#include "output/chart_palette.h"

namespace entente {
namespace {

using json = nlohmann::ordered_json;

// The period is shaded only when the chart shows years outside it.
bool ShadePeriod(const Chart& chart) {
  if (!chart.highlight) return false;
  return std::any_of(chart.points.begin(), chart.points.end(),
                     [&](const ChartPoint& p) { return p.value && !chart.highlight->Contains(p.year); });
}

json ColourEncoding(const Chart& chart) {
  json range = json::array();
  for (size_t i = 0; i < chart.series.size(); ++i) range.push_back(SeriesColour(i));
  return json{{"field", "series"},
              {"type", "nominal"},
              {"title", nullptr},
              {"sort", chart.series},
              {"scale", {{"domain", chart.series}, {"range", range}}},
              {"legend", {{"orient", "right"}}}};
}

// The points, each with its series' place in the legend (`rank`), which
// orders the stack: the first series at the bottom, as the SVG charts draw it.
json Values(const Chart& chart) {
  json values = json::array();
  for (const ChartPoint& p : chart.points) {
    auto at = std::find(chart.series.begin(), chart.series.end(), p.series);
    values.push_back({{"year", p.year},
                      {"series", p.series},
                      {"rank", at - chart.series.begin()},
                      {"value", p.value ? json(*p.value) : json(nullptr)}});
  }
  return values;
}

std::string NumberFormat(int decimals) { return ",." + std::to_string(decimals) + "f"; }

}  // namespace

nlohmann::ordered_json VegaLiteSpec(const Chart& chart) {
  json tooltip = json::array({{{"field", "series"}, {"type", "nominal"}, {"title", "series"}},
                              {{"field", "year"}, {"type", "ordinal"}, {"title", "year"}},
                              {{"field", "value"}, {"type", "quantitative"}, {"title", chart.y_title},
                               {"format", NumberFormat(chart.y_decimals)}}});
  json spec{{"$schema", "https://vega.github.io/schema/vega-lite/v5.json"},
            {"description", chart.caption},
            {"width", "container"},
            {"height", 260},
            {"config", {{"font", "system-ui, sans-serif"}, {"view", {{"stroke", nullptr}}}}}};
  json main;
  if (chart.kind == ChartKind::kLine) {
    main = json{{"data", {{"values", Values(chart)}}},
                {"mark", {{"type", "line"}, {"point", {{"size", 18}}}, {"strokeWidth", 1.8}}},
                {"encoding",
                 {{"x", {{"field", "year"}, {"type", "quantitative"}, {"title", "year"},
                         {"scale", {{"zero", false}, {"nice", false}}}, {"axis", {{"format", "d"}}}}},
                  {"y", {{"field", "value"}, {"type", "quantitative"}, {"title", chart.y_title},
                         {"scale", {{"zero", false}}}}},
                  {"color", ColourEncoding(chart)},
                  {"order", {{"field", "rank"}, {"type", "quantitative"}, {"sort", "ascending"}}},
                  {"tooltip", tooltip}}}};
  } else {
    main = json{{"data", {{"values", Values(chart)}}},
                {"transform", json::array({{{"filter", "datum.value != null"}}})},
                {"mark", {{"type", "bar"}}},
                {"encoding",
                 {{"x", {{"field", "year"}, {"type", "ordinal"}, {"title", "year"}}},
                  {"y", {{"aggregate", "sum"}, {"field", "value"}, {"type", "quantitative"},
                         {"title", chart.y_title}}},
                  {"color", ColourEncoding(chart)},
                  {"order", {{"field", "rank"}, {"type", "quantitative"}, {"sort", "ascending"}}},
                  {"tooltip", tooltip}}}};
  }
  if (chart.kind == ChartKind::kLine && ShadePeriod(chart)) {
    json band{{"data", {{"values", json::array({{{"from", chart.highlight->from}, {"to", chart.highlight->to}}})}}},
              {"mark", {{"type", "rect"}, {"color", "#999999"}, {"opacity", 0.15}}},
              {"encoding", {{"x", {{"field", "from"}, {"type", "quantitative"}}}, {"x2", {{"field", "to"}}}}}};
    spec["layer"] = json::array({band, main});
  } else {
    for (auto& [k, v] : main.items()) spec[k] = v;
  }
  return spec;
}

}  // namespace entente
