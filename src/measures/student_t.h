// Student's t distribution with df degrees of freedom: its CDF and quantile,
// for the confidence interval of a least-squares slope.
//
// For t >= 0, P(T <= t) = 1 - I_x(df/2, 1/2) / 2 with x = df / (df + t^2),
// and P(T <= -t) = 1 - P(T <= t), where I_x(a, b) is the regularized
// incomplete beta function (Abramowitz and Stegun 1964, 26.7.1 and 26.5.8),
// evaluated by its continued fraction with the modified Lentz method (Press et
// al. 2007, Numerical Recipes, 3rd ed., 6.4). The quantile is found by
// bisection on the CDF. Degenerate input: df <= 0 or NaN gives nullopt, as
// does a quantile for p outside (0, 1).
#ifndef ENTENTE_MEASURES_STUDENT_T_H_
#define ENTENTE_MEASURES_STUDENT_T_H_

#include <optional>

namespace entente {

// P(T <= t) for T ~ t(df). REQUIRES nothing: nullopt unless df > 0.
std::optional<double> StudentTCdf(double t, double df);

// The t with StudentTCdf(t, df) = p; nullopt unless df > 0 and 0 < p < 1.
std::optional<double> StudentTQuantile(double p, double df);

}  // namespace entente

#endif  // ENTENTE_MEASURES_STUDENT_T_H_
