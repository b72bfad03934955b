// Moments of a normal variable truncated to the region a UN vote implies, for
// the E-step of the ordinal ideal-point model (ideal_points.h, irt_step.h).
//
// Everything rests on two functions of a standard normal N(0, 1):
//   h(c) = phi(c) / Q(c), the inverse Mills ratio, with Q(c) = P(N(0,1) > c);
//   L(c) = log Q(c);
// and, for abstentions' band, Q itself (its own table, for c >= 0).
// For z ~ N(mu, s2) truncated to z > c0, with c = (c0 - mu) / sd:
//   E[z] = mu + sd h(c),  Var[z] = s2 (1 - h(c) (h(c) - c)),  log P = L(c).
// Both are read from tables on [kMillsLow, kMillsHigh] by cubic Hermite
// interpolation with their exact derivatives, h' = h (h - c) and L' = -h; the
// table nodes are computed once with std::erfc. Interpolation error is below
// 1e-9 (absolute for L and for h where h < 1, relative where h >= 1; tested).
// Below kMillsLow, h < 3e-10 and L > -5e-11: both take their value at
// kMillsLow. REQUIRES (all functions): c and mu finite.
// Above kMillsHigh, h comes from its continued fraction (Abramowitz and Stegun
// 26.2.14, ten levels: relative error under 1e-13 from c = 8) and
// L = log phi(c) - log h(c). The range is kept short so that a table (30 KB)
// stays in the first-level cache. A vote the model finds very
// unlikely therefore stays finite, and no exp, log or erfc is evaluated for
// yes and no votes (abstentions need at most one exp).
#ifndef ENTENTE_MEASURES_TRUNCATED_NORMAL_H_
#define ENTENTE_MEASURES_TRUNCATED_NORMAL_H_

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace entente {

inline constexpr double kMillsLow = -6.5;
inline constexpr double kMillsHigh = 8.0;

struct TruncatedMoments {
  double mean;
  double var;
  double log_p;  // log probability of the region; 0 when not asked for
};

// The tables and the rare branches, in truncated_normal.cc; the lookups are
// inline because the fit calls them once per vote and pass.
namespace mills_internal {

// 64 nodes per unit: cubic Hermite error is about step^4 / 384 times the
// fourth derivative, under 1e-9 here.
inline constexpr int kNodesPerUnit = 64;
inline constexpr double kStep = 1.0 / kNodesPerUnit;
inline constexpr int kNodes = static_cast<int>((kMillsHigh - kMillsLow) * kNodesPerUnit) + 1;

// Each cell [c_k, c_k + kStep) holds the cubic Hermite interpolant as a
// polynomial in the position s in [0, 1) within the cell: c[0] + s (c[1] +
// s (c[2] + s c[3])).
struct alignas(32) Cubic {
  double c[4];
};
extern const std::array<Cubic, kNodes - 1> kInverseMills;  // h
extern const std::array<Cubic, kNodes - 1> kLogTail;       // L
extern const std::array<Cubic, kNodes - 1> kUpperTail;     // Q

double FarInverseMills(double c);  // c >= kMillsHigh
double FarLogTail(double c);       // c >= kMillsHigh
TruncatedMoments Band(double mu, double sd, double inv_sd, bool with_log);

// max(v, 0) as arithmetic (see Interpolate); v is rounding error when negative.
inline double NonNegative(double v) { return 0.5 * (v + std::abs(v)); }

inline double Interpolate(const std::array<Cubic, kNodes - 1>& table, double c) {
  double t = (c - kMillsLow) * kNodesPerUnit;
  // max(t, 0) as arithmetic: compilers turn std::max here into a branch,
  // which mispredicts since the votes fall on either side at random.
  t = 0.5 * (t + std::abs(t));
  int k = std::min(static_cast<int>(t), kNodes - 2);
  double s = t - k;
  const double* p = table[k].c;
  return p[0] + s * (p[1] + s * (p[2] + s * p[3]));
}

}  // namespace mills_internal

// h(c) = phi(c) / P(N(0,1) > c). Finite for every finite c.
inline double InverseMillsRatio(double c) {
  if (c >= kMillsHigh) return mills_internal::FarInverseMills(c);
  return mills_internal::Interpolate(mills_internal::kInverseMills, c);
}

// log P(N(0,1) > c). Finite for every finite c.
inline double LogUpperTail(double c) {
  if (c >= kMillsHigh) return mills_internal::FarLogTail(c);
  return mills_internal::Interpolate(mills_internal::kLogTail, c);
}

// P(N(0,1) > c) for c >= 0, from its own table (absolute error under 1e-10)
// so that an abstention's band needs no exp.
inline double UpperTailProbability(double c) {
  if (c >= kMillsHigh) return std::exp(mills_internal::FarLogTail(c));
  return mills_internal::Interpolate(mills_internal::kUpperTail, c);
}

// z ~ N(mu, sd^2) truncated to z > 1 (a yes) or to z < 0 (a no).
// REQUIRES: sd > 0, inv_sd == 1 / sd (passed in: the fit has it per item).
inline TruncatedMoments YesMoments(double mu, double sd, double inv_sd, bool with_log) {
  double c = (1.0 - mu) * inv_sd, h = InverseMillsRatio(c);
  return {mu + sd * h, sd * sd * mills_internal::NonNegative(1.0 - h * (h - c)), with_log ? LogUpperTail(c) : 0.0};
}
inline TruncatedMoments NoMoments(double mu, double sd, double inv_sd, bool with_log) {
  double c = mu * inv_sd, h = InverseMillsRatio(c);  // -z truncated to -z > 0
  return {mu - sd * h, sd * sd * mills_internal::NonNegative(1.0 - h * (h - c)), with_log ? LogUpperTail(c) : 0.0};
}
// z ~ N(mu, sd^2) truncated to 0 < z < 1 (an abstention). Same requirements.
inline TruncatedMoments AbstainMoments(double mu, double sd, double inv_sd, bool with_log) {
  return mills_internal::Band(mu, sd, inv_sd, with_log);
}

// z ~ N(mu, sd^2) given an ordinal vote: 0 no (z < 0), 1 abstain (0 <= z < 1),
// 2 yes (z >= 1). `with_log` also computes log_p. REQUIRES: sd > 0.
inline TruncatedMoments OrdinalVoteMoments(uint8_t choice, double mu, double sd, bool with_log) {
  switch (choice) {
    case 2:
      return YesMoments(mu, sd, 1.0 / sd, with_log);
    case 0:
      return NoMoments(mu, sd, 1.0 / sd, with_log);
    default:
      return AbstainMoments(mu, sd, 1.0 / sd, with_log);
  }
}

}  // namespace entente

#endif  // ENTENTE_MEASURES_TRUNCATED_NORMAL_H_
