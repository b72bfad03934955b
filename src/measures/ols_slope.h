// Least-squares slope of a series y on x, with its standard error and a
// confidence interval from Student's t distribution.
//
// b = Sxy / Sxx, a = mean(y) - b mean(x), residual variance s^2 = sum(e_i^2)
// / (n - 2), se(b) = s / sqrt(Sxx), and the interval b -+ t_{(1+c)/2, n-2}
// se(b) (the classical normal-error regression; e.g. Draper and Smith 1998,
// Applied Regression Analysis, 3rd ed., ch. 1). It assumes independent
// errors of constant variance around a straight line; the Mann-Kendall test
// (measures/mann_kendall.h) is its rank-based companion. Degenerate input:
// fewer than three points (no degree of freedom for the error) or all x equal
// gives nullopt; a series on an exact line has se 0 and an interval of width
// 0.
#ifndef ENTENTE_MEASURES_OLS_SLOPE_H_
#define ENTENTE_MEASURES_OLS_SLOPE_H_

#include <optional>
#include <utility>
#include <vector>

namespace entente {

struct OlsSlope {
  double slope = 0;
  double intercept = 0;
  double se = 0;       // standard error of the slope
  int df = 0;          // n - 2
  double t = 0;        // slope / se; 0 when se is 0 and the slope is 0
  double p_value = 1;  // two-sided, from t(df)
  double low = 0;      // confidence interval of the slope
  double high = 0;
};

// `points` are (x, y). REQUIRES nothing: nullopt on degenerate input.
std::optional<OlsSlope> FitOlsSlope(const std::vector<std::pair<double, double>>& points, double confidence = 0.95);

}  // namespace entente

#endif  // ENTENTE_MEASURES_OLS_SLOPE_H_
