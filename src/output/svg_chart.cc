// SVG drawing of report charts.
#include "output/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "core/number_format.h"
#include "output/chart_palette.h"
#include "output/xml_escape.h"

namespace entente {
namespace {

constexpr double kWidth = 760, kHeight = 330;
constexpr double kLeft = 64, kRight = 170, kTop = 36, kBottom = 44;
constexpr double kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;

struct Scale {
  double d0, d1, r0, r1;
  double operator()(double v) const { return d1 == d0 ? (r0 + r1) / 2 : r0 + (v - d0) / (d1 - d0) * (r1 - r0); }
};

std::string Label(double v, double step) {
  int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
  return FormatFixed(v, decimals);
}

}  // namespace

std::vector<double> NiceTicks(double lo, double hi, int count) {
  if (!(hi > lo)) {
    double pad = lo == 0 ? 1 : std::abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  double raw = (hi - lo) / std::max(count, 1);
  double mag = std::pow(10, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * mag;
    if (step >= raw) break;
  }
  std::vector<double> ticks;
  for (double t = std::floor(lo / step) * step; t <= hi + step * 0.999; t += step) {
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0 : t);
  }
  return ticks;
}

std::string SvgChart(const Chart& chart) {
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"system-ui, sans-serif\" font-size=\"11\">\n<title>{2}</title>\n<desc>{3}</desc>\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      "<text x=\"{4}\" y=\"20\" font-size=\"13\" font-weight=\"bold\">{2}</text>\n",
      kWidth, kHeight, XmlEscape(chart.title), XmlEscape(chart.caption), kLeft);
  std::vector<const ChartPoint*> points;
  for (const ChartPoint& p : chart.points) {
    if (p.value) points.push_back(&p);
  }
  if (points.empty()) return svg + "</svg>\n";
  auto [ymin_it, ymax_it] = std::minmax_element(points.begin(), points.end(),
                                                [](auto* x, auto* y) { return x->year < y->year; });
  int first = (*ymin_it)->year, last = (*ymax_it)->year;
  const bool with_band = chart.kind == ChartKind::kLine && !chart.band.empty();
  if (with_band) {
    first = std::min(first, chart.band.front().year);
    last = std::max(last, chart.band.back().year);
  }

  // Values: as drawn (stacked bars add up by year, negatives are not stacked).
  double lo = 0, hi = 0;
  bool bars = chart.kind == ChartKind::kStackedBar;
  std::map<int, double> stack_top;
  if (bars) {
    for (auto* p : points) stack_top[p->year] += std::max(0.0, *p->value);
    for (const auto& [y, v] : stack_top) hi = std::max(hi, v);
  } else {
    lo = hi = *points.front()->value;
    for (auto* p : points) lo = std::min(lo, *p->value), hi = std::max(hi, *p->value);
    if (with_band) {
      for (const ChartBandYear& b : chart.band) lo = std::min(lo, b.low), hi = std::max(hi, b.high);
    }
  }
  std::vector<double> ticks = NiceTicks(lo, hi, 5);
  double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
  Scale y{ticks.front(), ticks.back(), kTop + kPlotH, kTop};
  // Years: bars get a band each, lines a continuous axis.
  double band = kPlotW / (last - first + 1);
  Scale x = bars ? Scale{static_cast<double>(first) - 0.5, static_cast<double>(last) + 0.5, kLeft, kLeft + kPlotW}
                 : Scale{static_cast<double>(first), static_cast<double>(last), kLeft, kLeft + kPlotW};

  if (chart.highlight && !bars && (first < chart.highlight->from || last > chart.highlight->to)) {
    double x0 = x(std::max(first, chart.highlight->from)), x1 = x(std::min(last, chart.highlight->to));
    if (x1 >= x0) {
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#999\" "
                         "fill-opacity=\"0.15\"/>\n",
                         x0, kTop, std::max(x1 - x0, 1.0), kPlotH);
    }
  }
  // Grid and y axis.
  for (double t : ticks) {
    svg += fmt::format("<line x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#ddd\"/>\n"
                       "<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#333\">{}</text>\n",
                       kLeft, kLeft + kPlotW, y(t), y(t), kLeft - 6, y(t) + 4, Label(t, step));
  }
  svg += fmt::format("<text transform=\"translate(16,{:.1f}) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">{}"
                     "</text>\n",
                     kTop + kPlotH / 2, XmlEscape(chart.y_title));
  // X axis: about ten year labels.
  int year_step = std::max(1, static_cast<int>(NiceTicks(0, last - first + 1, 10)[1]));
  svg += fmt::format("<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#666\"/>\n", kLeft, kLeft + kPlotW,
                     kTop + kPlotH, kTop + kPlotH);
  for (int yr = (first + year_step - 1) / year_step * year_step; yr <= last; yr += year_step) {
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333\">{}</text>\n", x(yr),
                       kTop + kPlotH + 16, yr);
  }
  svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333\">year</text>\n",
                     kLeft + kPlotW / 2, kHeight - 8);

  // The band behind the series: the interquartile range as a grey area, the median dashed.
  if (with_band) {
    std::string area, median;
    for (const ChartBandYear& b : chart.band) {
      area += fmt::format("{}{:.1f},{:.1f} ", area.empty() ? "M" : "L", x(b.year), y(b.high));
      median += fmt::format("{}{:.1f},{:.1f} ", median.empty() ? "M" : "L", x(b.year), y(b.median));
    }
    for (auto b = chart.band.rbegin(); b != chart.band.rend(); ++b) {
      area += fmt::format("L{:.1f},{:.1f} ", x(b->year), y(b->low));
    }
    svg += fmt::format("<path d=\"{}Z\" fill=\"#999\" fill-opacity=\"0.25\"><title>{}</title></path>\n"
                       "<path d=\"{}\" fill=\"none\" stroke=\"#777\" stroke-width=\"1.2\" "
                       "stroke-dasharray=\"4 3\"/>\n",
                       area, XmlEscape(chart.band_label), median);
    const double ly = kTop + 8 + 18.0 * static_cast<double>(chart.series.size());
    svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"12\" height=\"12\" fill=\"#999\" "
                       "fill-opacity=\"0.4\"/><text x=\"{}\" y=\"{:.1f}\" fill=\"#333\">{}</text>\n",
                       kWidth - kRight + 16, ly - 10, kWidth - kRight + 34, ly, XmlEscape("all dyads"));
  }

  // Marks, series by series in legend order.
  std::map<int, double> base;
  for (size_t s = 0; s < chart.series.size(); ++s) {
    std::string_view colour = SeriesColour(s);
    std::string path;
    bool pen_down = false;
    int previous_year = 0;
    for (const ChartPoint& p : chart.points) {
      if (p.series != chart.series[s]) continue;
      if (!p.value) {
        pen_down = false;
        continue;
      }
      if (bars) {
        double v = std::max(0.0, *p.value);
        double y0 = y(base[p.year]), y1 = y(base[p.year] + v);
        base[p.year] += v;
        svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
                           "<title>{} {}: {}</title></rect>\n",
                           x(p.year) - band * 0.4, y1, band * 0.8, y0 - y1, colour, XmlEscape(p.series), p.year,
                           FormatFixed(*p.value, chart.y_decimals));
      } else {
        // A year without a value breaks the line.
        if (pen_down && p.year != previous_year + 1) pen_down = false;
        path += fmt::format("{}{:.1f},{:.1f} ", pen_down ? "L" : "M", x(p.year), y(*p.value));
        svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"1.8\" fill=\"{}\"/>\n", x(p.year), y(*p.value),
                           colour);
        pen_down = true;
        previous_year = p.year;
      }
    }
    if (!path.empty()) {
      svg += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.8\"/>\n", path, colour);
    }
    double ly = kTop + 8 + 18.0 * s;
    svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"12\" height=\"12\" fill=\"{}\"/>"
                       "<text x=\"{}\" y=\"{:.1f}\" fill=\"#333\">{}</text>\n",
                       kWidth - kRight + 16, ly - 10, colour, kWidth - kRight + 34, ly, XmlEscape(chart.series[s]));
  }
  return svg + "</svg>\n";
}

}  // namespace entente
