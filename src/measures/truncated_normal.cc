// Tabulated inverse Mills ratio and log tail probability, and the truncated
// moments of the three vote regions built on them.
#include "measures/truncated_normal.h"

#include <cmath>

namespace entente {
namespace mills_internal {
namespace {

constexpr double kInvSqrt2 = 0.70710678118654752;
constexpr double kInvSqrt2Pi = 0.39894228040143268;
constexpr double kLogSqrt2Pi = 0.91893853320467274;

double NodeC(int k) { return kMillsLow + k * kStep; }
double NodeQ(int k) { return 0.5 * std::erfc(NodeC(k) * kInvSqrt2); }  // Q(8) is about 6e-16
double NodeH(int k) { return kInvSqrt2Pi * std::exp(-0.5 * NodeC(k) * NodeC(k)) / NodeQ(k); }

// The Hermite cubic through (0, f0) and (1, f1) with slopes d0 and d1 (per
// cell, i.e. derivatives times kStep).
Cubic HermiteCubic(double f0, double f1, double d0, double d1) {
  return Cubic{{f0, d0, 3 * (f1 - f0) - 2 * d0 - d1, 2 * (f0 - f1) + d0 + d1}};
}

// h' = h (h - c).
std::array<Cubic, kNodes - 1> BuildInverseMills() {
  std::array<Cubic, kNodes - 1> t;
  for (int k = 0; k + 1 < kNodes; ++k) {
    double h0 = NodeH(k), h1 = NodeH(k + 1);
    t[k] = HermiteCubic(h0, h1, kStep * h0 * (h0 - NodeC(k)), kStep * h1 * (h1 - NodeC(k + 1)));
  }
  return t;
}

// L' = -h.
std::array<Cubic, kNodes - 1> BuildLogTail() {
  std::array<Cubic, kNodes - 1> t;
  for (int k = 0; k + 1 < kNodes; ++k) {
    t[k] = HermiteCubic(std::log(NodeQ(k)), std::log(NodeQ(k + 1)), -kStep * NodeH(k), -kStep * NodeH(k + 1));
  }
  return t;
}

// Q' = -phi = -h Q.
std::array<Cubic, kNodes - 1> BuildUpperTail() {
  std::array<Cubic, kNodes - 1> t;
  for (int k = 0; k + 1 < kNodes; ++k) {
    double q0 = NodeQ(k), q1 = NodeQ(k + 1);
    t[k] = HermiteCubic(q0, q1, -kStep * NodeH(k) * q0, -kStep * NodeH(k + 1) * q1);
  }
  return t;
}

// For a standard normal truncated to (lo, hi) with 0 <= lo < hi: E[w],
// E[w^2] - 1 and the log of the interval's probability, computed relative to
// phi(lo) so that far tails stay finite.
void RightInterval(double lo, double hi, bool with_log, double* m1, double* t, double* log_p) {
  const double e = std::exp(-0.5 * (hi - lo) * (hi + lo));  // phi(hi) / phi(lo)
  // P / phi(lo) = 1 / h(lo) - e / h(hi) = num / (h(lo) h(hi)): one division.
  const double h_lo = InverseMillsRatio(lo), h_hi = InverseMillsRatio(hi), num = h_hi - e * h_lo;
  const double log_phi_lo = -0.5 * lo * lo - kLogSqrt2Pi;
  if (num <= 0) {  // interval so narrow and far that the ratio is lost: its midpoint
    *m1 = 0.5 * (lo + hi);
    *t = *m1 * *m1 - 1.0;
    *log_p = with_log ? log_phi_lo + std::log(hi - lo) : 0.0;
    return;
  }
  const double inv = h_lo * h_hi / num;  // phi(lo) / P
  *m1 = (1.0 - e) * inv;
  *t = (lo - hi * e) * inv;
  *log_p = with_log ? log_phi_lo - std::log(inv) : 0.0;
}

}  // namespace

const std::array<Cubic, kNodes - 1> kInverseMills = BuildInverseMills();
const std::array<Cubic, kNodes - 1> kLogTail = BuildLogTail();
const std::array<Cubic, kNodes - 1> kUpperTail = BuildUpperTail();

// The far right tail: h(c) = c + 1/(c + 2/(c + 3/(c + ...))), ten levels.
double FarInverseMills(double c) {
  constexpr int kLevels = 10;
  double t = c + kLevels / c;
  for (int k = kLevels - 1; k >= 2; --k) t = c + k / t;
  return c + 1.0 / t;
}

double FarLogTail(double c) { return -0.5 * c * c - kLogSqrt2Pi - std::log(FarInverseMills(c)); }

// z ~ N(mu, sd^2) truncated to 0 < z < 1.
TruncatedMoments Band(double mu, double sd, double inv_sd, bool with_log) {
  const double lo = -mu * inv_sd, hi = (1.0 - mu) * inv_sd;
  double m1, t, lp = 0;
  if (lo >= 0) {
    RightInterval(lo, hi, with_log, &m1, &t, &lp);
  } else if (hi <= 0) {
    RightInterval(-hi, -lo, with_log, &m1, &t, &lp);
    m1 = -m1;
  } else {
    const double q_hi = UpperTailProbability(hi), q_lo = UpperTailProbability(-lo);
    const double z = 1.0 - q_hi - q_lo, inv_z = 1.0 / z;
    const double p_lo = InverseMillsRatio(-lo) * q_lo, p_hi = InverseMillsRatio(hi) * q_hi;  // phi(lo), phi(hi)
    m1 = (p_lo - p_hi) * inv_z;
    t = (lo * p_lo - hi * p_hi) * inv_z;
    if (with_log) lp = std::log(z);
  }
  return {mu + sd * m1, sd * sd * NonNegative(1.0 + t - m1 * m1), lp};
}

}  // namespace mills_internal
}  // namespace entente
