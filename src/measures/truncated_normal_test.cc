// The tabulated inverse Mills ratio and log tail against std::erfc, the far
// tails, and the truncated moments against numerical integration.
#include "measures/truncated_normal.h"

#include <cmath>

#include <gtest/gtest.h>

namespace entente {
namespace truncated_normal_test {

constexpr double kInvSqrt2 = 0.70710678118654752;
constexpr double kInvSqrt2Pi = 0.39894228040143268;

double ExactQ(double c) { return 0.5 * std::erfc(c * kInvSqrt2); }
double Phi(double c) { return kInvSqrt2Pi * std::exp(-0.5 * c * c); }

TEST(TruncatedNormalTest, FarTailsStayFiniteAndMonotone) {
  for (double c : {-1e300, -1e6, -40.0, -9.0, kMillsLow - 1e-9}) {
    EXPECT_GE(InverseMillsRatio(c), 0.0) << c;
    EXPECT_LT(InverseMillsRatio(c), 1e-9) << c;
    EXPECT_LE(LogUpperTail(c), 0.0) << c;
    EXPECT_GT(LogUpperTail(c), -1e-9) << c;
  }
  double last_h = 0, last_l = 1;
  for (double c = kMillsHigh; c < 1e6; c *= 1.5) {
    double h = InverseMillsRatio(c), l = LogUpperTail(c);
    ASSERT_TRUE(std::isfinite(h) && std::isfinite(l)) << c;
    EXPECT_GT(h, last_h) << c;
    EXPECT_LT(l, last_l) << c;
    EXPECT_NEAR(h / c, 1.0 + 1.0 / (c * c), 3.0 / (c * c * c * c) + 1e-15) << c;  // h = c + 1/c - 2/c^3 + ...
    last_h = h, last_l = l;
  }
}

TEST(TruncatedNormalTest, TablesMatchTheErrorFunction) {
  // Off the nodes (a step that is not a multiple of 1/64), across the table
  // and both of its edges.
  double worst_h = 0, worst_l = 0;
  for (double c = -8.999; c < 30.0; c += 0.00737) {  // below kMillsLow too: absolute error
    double q = ExactQ(c), h = Phi(c) / q, l = std::log(q);
    double eh = std::abs(InverseMillsRatio(c) - h) / std::max(1.0, h);
    double el = std::abs(LogUpperTail(c) - l) / std::max(1.0, std::abs(l));
    worst_h = std::max(worst_h, eh);
    worst_l = std::max(worst_l, el);
    ASSERT_LT(eh, 1e-9) << "h at " << c;
    ASSERT_LT(el, 1e-9) << "log Q at " << c;
  }
  EXPECT_GT(worst_h, 0.0);  // the comparison did run
  EXPECT_NEAR(InverseMillsRatio(0.0), 2 * kInvSqrt2Pi, 1e-12);
  EXPECT_NEAR(LogUpperTail(0.0), std::log(0.5), 1e-12);
  EXPECT_NEAR(InverseMillsRatio(kMillsHigh), Phi(kMillsHigh) / ExactQ(kMillsHigh), 1e-9 * kMillsHigh);
}

TEST(TruncatedNormalTest, UpperTailProbabilityMatchesTheErrorFunction) {
  for (double c = 0.0; c < 12.0; c += 0.00737) {
    ASSERT_NEAR(UpperTailProbability(c), ExactQ(c), 1e-10) << c;
  }
  EXPECT_NEAR(UpperTailProbability(0.0), 0.5, 1e-12);
  EXPECT_GT(UpperTailProbability(kMillsHigh + 1), 0.0);
}

// Mean, variance and probability of N(mu, sd^2) on (lo, hi) by the midpoint rule.
TruncatedMoments Integrate(double mu, double sd, double lo, double hi) {
  lo = std::max(lo, mu - 40 * sd), hi = std::min(hi, mu + 40 * sd);
  const int n = 200000;
  double w = (hi - lo) / n, p = 0, m = 0, mm = 0;
  for (int i = 0; i < n; ++i) {
    double z = lo + (i + 0.5) * w, d = Phi((z - mu) / sd) / sd * w;
    p += d, m += d * z, mm += d * z * z;
  }
  return {m / p, mm / p - (m / p) * (m / p), std::log(p)};
}

TEST(TruncatedNormalTest, MomentsOfEachVoteRegion) {
  struct Case {
    uint8_t choice;
    double mu, sd;
  };
  const Case cases[] = {
      {2, 1.5, 1.0}, {2, -2.0, 0.7}, {2, 3.0, 0.2},  {0, -1.0, 1.0}, {0, 2.5, 0.6},
      {1, 0.5, 1.0}, {1, 0.5, 0.1},  {1, -3.0, 0.9}, {1, 4.0, 0.8},  {1, 0.9, 3.0},
  };
  for (const Case& c : cases) {
    double lo = c.choice == 2 ? 1.0 : (c.choice == 1 ? 0.0 : -1e9);
    double hi = c.choice == 0 ? 0.0 : (c.choice == 1 ? 1.0 : 1e9);
    TruncatedMoments want = Integrate(c.mu, c.sd, lo, hi);
    TruncatedMoments got = OrdinalVoteMoments(c.choice, c.mu, c.sd, true);
    std::string label = std::to_string(c.choice) + " mu " + std::to_string(c.mu) + " sd " + std::to_string(c.sd);
    EXPECT_NEAR(got.mean, want.mean, 1e-6) << label;
    EXPECT_NEAR(got.var, want.var, 1e-5 * c.sd * c.sd) << label;
    EXPECT_NEAR(got.log_p, want.log_p, 1e-6) << label;
    EXPECT_EQ(OrdinalVoteMoments(c.choice, c.mu, c.sd, false).log_p, 0.0) << label;
    EXPECT_EQ(OrdinalVoteMoments(c.choice, c.mu, c.sd, false).mean, got.mean) << label;
  }
}

TEST(TruncatedNormalTest, ImpossibleVotesStayFinite) {
  // A yes 60 standard deviations from where the model expects it.
  TruncatedMoments m = OrdinalVoteMoments(2, -59.0, 1.0, true);
  EXPECT_TRUE(std::isfinite(m.mean) && std::isfinite(m.var) && std::isfinite(m.log_p));
  EXPECT_GT(m.mean, 1.0);
  EXPECT_LT(m.log_p, -1000.0);
  TruncatedMoments band = OrdinalVoteMoments(1, 80.0, 0.5, true);
  EXPECT_TRUE(std::isfinite(band.mean) && std::isfinite(band.log_p));
  EXPECT_GT(band.mean, 0.9);
  EXPECT_LE(band.mean, 1.0);
}

}  // namespace truncated_normal_test
}  // namespace entente
