// Student's t CDF through the regularized incomplete beta function.
#include "measures/student_t.h"

#include <cmath>
#include <limits>

namespace entente {
namespace {

// Continued fraction of I_x(a, b) (Numerical Recipes 6.4, betacf).
double IncompleteBetaFraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;
  constexpr double kEpsilon = 1e-16;
  constexpr int kMaxTerms = 10000;
  double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= kMaxTerms; ++m) {
    double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1 / d;
    double del = d * c;
    h *= del;
    if (std::fabs(del - 1) < kEpsilon) break;
  }
  return h;
}

// I_x(a, b) for 0 <= x <= 1, a, b > 0.
double RegularizedIncompleteBeta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  double log_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  double front = std::exp(log_front);
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the
  // symmetry I_x(a, b) = 1 - I_{1-x}(b, a) otherwise.
  if (x < (a + 1) / (a + b + 2)) return front * IncompleteBetaFraction(a, b, x) / a;
  return 1 - front * IncompleteBetaFraction(b, a, 1 - x) / b;
}

}  // namespace

std::optional<double> StudentTCdf(double t, double df) {
  if (!(df > 0) || std::isnan(t)) return std::nullopt;
  if (std::isinf(t)) return t > 0 ? 1.0 : 0.0;
  double tail = 0.5 * RegularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));  // P(T > |t|)
  return t >= 0 ? 1 - tail : tail;
}

std::optional<double> StudentTQuantile(double p, double df) {
  if (!(df > 0) || !(p > 0 && p < 1)) return std::nullopt;
  if (p == 0.5) return 0.0;
  // Solve for the upper tail and reflect: q >= 1/2.
  double q = p > 0.5 ? p : 1 - p;
  double lo = 0, hi = 1;
  while (*StudentTCdf(hi, df) < q && hi < 1e300) hi *= 2;
  for (int i = 0; i < 2000 && hi - lo > 1e-14 * hi; ++i) {
    double mid = 0.5 * (lo + hi);
    (*StudentTCdf(mid, df) < q ? lo : hi) = mid;
  }
  double x = 0.5 * (lo + hi);
  return p > 0.5 ? x : -x;
}

}  // namespace entente
