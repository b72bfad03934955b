// The least-squares slope and its t interval.
#include "measures/ols_slope.h"

#include <cmath>
#include <limits>

#include "measures/student_t.h"

namespace entente {

std::optional<OlsSlope> FitOlsSlope(const std::vector<std::pair<double, double>>& points, double confidence) {
  const size_t n = points.size();
  if (n < 3 || !(confidence > 0 && confidence < 1)) return std::nullopt;
  double mx = 0, my = 0;
  for (const auto& [x, y] : points) mx += x, my += y;
  mx /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double sxx = 0, sxy = 0;
  for (const auto& [x, y] : points) sxx += (x - mx) * (x - mx), sxy += (x - mx) * (y - my);
  if (!(sxx > 0)) return std::nullopt;
  OlsSlope out;
  out.slope = sxy / sxx;
  out.intercept = my - out.slope * mx;
  out.df = static_cast<int>(n) - 2;
  double sse = 0;
  for (const auto& [x, y] : points) {
    double e = y - out.intercept - out.slope * x;
    sse += e * e;
  }
  out.se = std::sqrt(sse / out.df / sxx);
  const double tq = *StudentTQuantile((1 + confidence) / 2, out.df);
  out.low = out.slope - tq * out.se;
  out.high = out.slope + tq * out.se;
  if (out.se > 0) {
    out.t = out.slope / out.se;
    out.p_value = 2 * (1 - *StudentTCdf(std::fabs(out.t), out.df));
  } else if (out.slope != 0) {
    // Points exactly on a sloped line: no doubt about the slope.
    out.t = std::copysign(std::numeric_limits<double>::infinity(), out.slope);
    out.p_value = 0;
  }
  return out;
}

}  // namespace entente
