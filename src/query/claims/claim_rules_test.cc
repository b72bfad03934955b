// Tests of the verdict rules: degenerate series first (none, two points, a
// constant), then the bands and comparisons with and without intervals, then
// simulated series: trendless noise must be called a trend about as often as
// the test's size says, and a real trend must be found.
#include "query/claims/claim_rules.h"

#include <cmath>
#include <numbers>
#include <random>

#include <gtest/gtest.h>

namespace entente {
namespace claim_rules_test {

TEST(JudgeTrend, DegenerateSeries) {
  EXPECT_EQ(JudgeTrend({}, true).verdict, Verdict::kNotCheckable);
  Judgement two = JudgeTrend({{2000, 0.1}, {2001, 0.9}}, true);
  EXPECT_EQ(two.verdict, Verdict::kNotCheckable);
  EXPECT_NE(two.reason.find("fewer than three"), std::string::npos);
  // A constant series neither rises nor falls.
  Judgement flat = JudgeTrend({{2000, 0.4}, {2001, 0.4}, {2002, 0.4}, {2003, 0.4}}, true);
  EXPECT_EQ(flat.verdict, Verdict::kNotSupported);
  EXPECT_EQ(*flat.evidence.p_value, 1);
  EXPECT_EQ(flat.evidence.interval->low, 0);
  EXPECT_EQ(flat.evidence.interval->high, 0);
  EXPECT_EQ(JudgeTrend({{2000, 0.4}, {2001, 0.4}, {2002, 0.4}}, false).verdict, Verdict::kNotSupported);
}

TEST(JudgeTrend, IssueTwentyOneSeriesIsOnlyPartlySupported) {
  const double y[] = {0.14, 0.16, 0.11, 0.20, 0.23, 0.18, 0.27, 0.22, 0.11, 0.14, 0.18, 0.24, 0.20, 0.21, 0.20};
  std::vector<std::pair<int, double>> s;
  for (int i = 0; i < 15; ++i) s.emplace_back(2005 + i, y[i]);
  Judgement up = JudgeTrend(s, true);
  EXPECT_EQ(up.verdict, Verdict::kPartly) << up.reason;
  EXPECT_LT(up.evidence.interval->low, 0);
  EXPECT_NEAR(*up.evidence.p_value, 0.2311, 1e-4);
  EXPECT_EQ(*up.evidence.n, 15);
  EXPECT_NE(up.reason.find("Mann-Kendall p = 0.2311"), std::string::npos) << up.reason;
  EXPECT_NE(up.evidence.test.find("Mann-Kendall"), std::string::npos);
  EXPECT_EQ(JudgeTrend(s, false).verdict, Verdict::kNotSupported);
}

TEST(JudgeTrend, ClearTrendsInBothDirections) {
  std::vector<std::pair<int, double>> up, down;
  const double wiggle[] = {0.01, -0.02, 0.015, 0, -0.01, 0.02, -0.015, 0.005};
  for (int i = 0; i < 8; ++i) {
    up.emplace_back(2000 + i, 0.3 + 0.05 * i + wiggle[i]);
    down.emplace_back(2000 + i, 0.9 - 0.05 * i + wiggle[i]);
  }
  EXPECT_EQ(JudgeTrend(up, true).verdict, Verdict::kSupported) << JudgeTrend(up, true).reason;
  EXPECT_EQ(JudgeTrend(up, false).verdict, Verdict::kNotSupported);
  EXPECT_EQ(JudgeTrend(down, false).verdict, Verdict::kSupported);
  EXPECT_TRUE(JudgeTrend(up, true).evidence.test.find("exact") != std::string::npos);  // n = 8, no ties
}

// Standard normal draws by Box-Muller from a fully specified engine, so
// that the simulation is the same everywhere.
class Noise {
 public:
  explicit Noise(uint64_t seed) : engine_(seed) {}
  double Next() {
    double u1 = (static_cast<double>(engine_() >> 11) + 1) * 0x1.0p-53;
    double u2 = static_cast<double>(engine_() >> 11) * 0x1.0p-53;
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
  }

 private:
  std::mt19937_64 engine_;
};

std::vector<std::pair<int, double>> Simulate(Noise& noise, int years, double slope, double sd) {
  std::vector<std::pair<int, double>> s;
  for (int i = 0; i < years; ++i) s.emplace_back(2000 + i, 0.5 + slope * i + sd * noise.Next());
  return s;
}

TEST(JudgeTrend, KeepsItsSizeOnTrendlessNoise) {
  // 95% intervals and a 5% test: on noise a trend either way is called in
  // at most 5% of series (both tests must agree, so a little less), each
  // direction in about half of that.
  constexpr int kSeries = 4000;
  for (int years : {8, 15, 40}) {
    Noise noise(static_cast<uint64_t>(years));
    int up = 0, down = 0;
    for (int i = 0; i < kSeries; ++i) {
      auto s = Simulate(noise, years, 0, 0.05);
      up += JudgeTrend(s, true).verdict == Verdict::kSupported;
      down += JudgeTrend(s, false).verdict == Verdict::kSupported;
    }
    double rate = static_cast<double>(up + down) / kSeries;
    EXPECT_GT(rate, 0.025) << years << " years";
    EXPECT_LT(rate, 0.065) << years << " years";
    EXPECT_NEAR(static_cast<double>(up) / kSeries, rate / 2, 0.012) << years << " years";
  }
}

TEST(JudgeTrend, FindsAKnownTrend) {
  // A slope of 0.01 a year under noise of sd 0.03 over 15 years: t about 3.6
  // on average, so nearly always supported, and never the other way.
  Noise noise(2026);
  int supported = 0, wrong = 0;
  for (int i = 0; i < 1000; ++i) {
    auto s = Simulate(noise, 15, 0.01, 0.03);
    supported += JudgeTrend(s, true).verdict == Verdict::kSupported;
    wrong += JudgeTrend(s, false).verdict == Verdict::kSupported;
  }
  EXPECT_GT(supported, 850);
  EXPECT_EQ(wrong, 0);
}

Evidence Interval(double low, double high, std::optional<double> estimate = std::nullopt) {
  Evidence e;
  e.estimate = estimate;
  e.interval = ConfidenceInterval{low, high};
  e.method = "95% interval";
  return e;
}

Evidence Exact(std::optional<double> estimate = std::nullopt) {
  Evidence e;
  e.estimate = estimate;
  e.method = "exact";
  return e;
}

TEST(JudgeBand, IntervalsOverlapTheBand) {
  Evidence wide = Interval(0.80, 0.88);
  Band band{0.87, 0.93}, partly{0.84, 0.96};
  EXPECT_EQ(JudgeBand(0.84, wide, band, partly, "0.9 ± 0.03").verdict, Verdict::kSupported);
  Evidence narrow = Interval(0.835, 0.845);
  EXPECT_EQ(JudgeBand(0.84, narrow, band, partly, "0.9 ± 0.03").verdict, Verdict::kPartly);
  Evidence far = Interval(0.70, 0.80);
  Judgement j = JudgeBand(0.75, far, band, partly, "0.9 ± 0.03");
  EXPECT_EQ(j.verdict, Verdict::kNotSupported);
  EXPECT_EQ(j.reason, "measured 0.7500; its 95% interval 0.7000 to 0.8000 does not overlap 0.9 ± 0.03");
  j = JudgeBand(0.75, far, band, partly, "0.9 ± 0.03", 0.9);
  EXPECT_EQ(j.reason, "measured 0.7500 is 0.1500 from the claimed 0.9; its 95% interval 0.7000 to 0.8000 does not "
                      "overlap the band 0.87 to 0.93");
  j = JudgeBand(3384, Exact(), Band{4500, 5500}, Band{4000, 6000}, "5000 ± 500", 5000);
  EXPECT_EQ(j.verdict, Verdict::kNotSupported);
  EXPECT_EQ(j.reason, "measured 3384 is 1616 from the claimed 5000, outside the band 4500 to 5500 (exact)");
  // Exact values are their own interval; open bands.
  Evidence exact = Exact();
  EXPECT_EQ(JudgeBand(0.7058, exact, Band{0.70, std::nullopt}, std::nullopt, "at least 0.7").verdict, Verdict::kSupported);
  EXPECT_EQ(JudgeBand(0.69, exact, Band{0.70, std::nullopt}, Band{0.65, std::nullopt}, "at least 0.7").verdict,
            Verdict::kPartly);
  EXPECT_EQ(JudgeBand(16, exact, Band{std::nullopt, 15}, std::nullopt, "at most 15").verdict, Verdict::kNotSupported);
}

TEST(JudgeDifference, IntervalMustExcludeZero) {
  Evidence clear = Interval(0.52, 0.62, 0.57);
  EXPECT_EQ(JudgeDifference(clear, true, "a against b").verdict, Verdict::kSupported);
  EXPECT_EQ(JudgeDifference(clear, false, "a against b").verdict, Verdict::kNotSupported);
  Evidence unclear = Interval(-0.01, 0.05, 0.02);
  Judgement j = JudgeDifference(unclear, true, "a against b");
  EXPECT_EQ(j.verdict, Verdict::kPartly);
  EXPECT_EQ(j.reason, "a against b: difference 0.0200, 95% interval -0.0100 to 0.0500, includes zero");
  EXPECT_EQ(JudgeDifference(unclear, false, "").verdict, Verdict::kNotSupported);
  Evidence exact = Exact(2503.1);
  EXPECT_EQ(JudgeDifference(exact, true, "").verdict, Verdict::kSupported);
  EXPECT_EQ(JudgeDifference(exact, false, "").verdict, Verdict::kNotSupported);
  Evidence tie = Exact(0);
  EXPECT_EQ(JudgeDifference(tie, true, "").verdict, Verdict::kNotSupported);
}

}  // namespace claim_rules_test
}  // namespace entente
