// Vega-Lite specifications of report charts.
#include "output/vega_lite.h"

#include <algorithm>
#include <vector>

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

// The band behind the series: the interquartile range as a grey area and the
// median as a dashed grey line, with their own tooltip.
std::vector<json> BandLayers(const Chart& chart) {
  json values = json::array();
  for (const ChartBandYear& b : chart.band) {
    values.push_back({{"year", b.year}, {"low", b.low}, {"median", b.median}, {"high", b.high}, {"dyads", b.count}});
  }
  const std::string format = NumberFormat(chart.y_decimals);
  json tooltip = json::array({{{"field", "year"}, {"type", "ordinal"}, {"title", chart.band_label}},
                              {{"field", "median"}, {"type", "quantitative"}, {"format", format}},
                              {{"field", "low"}, {"type", "quantitative"}, {"title", "first quartile"},
                               {"format", format}},
                              {{"field", "high"}, {"type", "quantitative"}, {"title", "third quartile"},
                               {"format", format}},
                              {{"field", "dyads"}, {"type", "quantitative"}}});
  json x{{"field", "year"}, {"type", "quantitative"}, {"title", "year"}, {"scale", {{"zero", false}, {"nice", false}}},
         {"axis", {{"format", "d"}}}};
  auto y = [&](const char* field) {
    return json{{"field", field}, {"type", "quantitative"}, {"title", chart.y_title}, {"scale", {{"zero", false}}}};
  };
  json area{{"data", {{"values", values}}},
            {"mark", {{"type", "area"}, {"color", "#999999"}, {"opacity", 0.25}}},
            {"encoding", {{"x", x}, {"y", y("low")}, {"y2", {{"field", "high"}}}, {"tooltip", tooltip}}}};
  json median{{"data", {{"values", values}}},
              {"mark", {{"type", "line"}, {"color", "#777777"}, {"strokeDash", {4, 3}}, {"strokeWidth", 1.2}}},
              {"encoding", {{"x", x}, {"y", y("median")}, {"tooltip", tooltip}}}};
  return {area, median};
}

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
  json layers = json::array();
  if (chart.kind == ChartKind::kLine && ShadePeriod(chart)) {
    layers.push_back(
        {{"data", {{"values", json::array({{{"from", chart.highlight->from}, {"to", chart.highlight->to}}})}}},
         {"mark", {{"type", "rect"}, {"color", "#999999"}, {"opacity", 0.15}}},
         {"encoding", {{"x", {{"field", "from"}, {"type", "quantitative"}}}, {"x2", {{"field", "to"}}}}}});
  }
  if (chart.kind == ChartKind::kLine && !chart.band.empty()) {
    for (const json& layer : BandLayers(chart)) layers.push_back(layer);
  }
  if (layers.empty()) {
    for (auto& [k, v] : main.items()) spec[k] = v;
  } else {
    layers.push_back(main);
    spec["layer"] = layers;
  }
  return spec;
}

}  // namespace entente
