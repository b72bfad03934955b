// Tests of the bootstrap over roll calls: empty and one-cell tables first,
// then percentile quantiles computed by hand, then that the replicates'
// spread matches the binomial one for a share and that a seed reproduces a
// run.
#include "measures/roll_call_bootstrap.h"

#include <cmath>

#include <gtest/gtest.h>

#include "measures/vote_agreement.h"

namespace entente {
namespace roll_call_bootstrap_test {

std::optional<double> Agree(const ChoiceTable& t) { return ComputeAgreement(t).agree; }
std::optional<double> Kappa(const ChoiceTable& t) { return ComputeAgreement(t).kappa; }

TEST(RollCallBootstrap, EmptyAndOneCellTables) {
  EXPECT_TRUE(BootstrapRollCalls(ChoiceTable{}, Agree).empty());
  EXPECT_EQ(PercentileInterval({}), std::nullopt);
  EXPECT_EQ(PercentileInterval({1, 2}, 1.0), std::nullopt);
  ChoiceTable all_yes;
  all_yes.count[0][0] = 40;
  std::vector<double> r = BootstrapRollCalls(all_yes, Agree, 50);
  ASSERT_EQ(r.size(), 50u);
  for (double v : r) EXPECT_EQ(v, 1.0);
  // Kappa is undefined when both always vote yes: every replicate is left out.
  EXPECT_TRUE(BootstrapRollCalls(all_yes, Kappa, 50).empty());
}

TEST(RollCallBootstrap, PercentileQuantilesByHand) {
  std::vector<double> v;
  for (int i = 100; i >= 1; --i) v.push_back(i);
  // Type 7: h = 99 p; p = 0.05 gives 5 + 0.95 (6 - 5), p = 0.95 gives 95.05.
  auto ci = *PercentileInterval(v, 0.9);
  EXPECT_NEAR(ci.low, 5.95, 1e-12);
  EXPECT_NEAR(ci.high, 95.05, 1e-12);
  auto one = *PercentileInterval({0.4});
  EXPECT_EQ(one.low, 0.4);
  EXPECT_EQ(one.high, 0.4);
}

TEST(RollCallBootstrap, SpreadOfAShareMatchesTheBinomial) {
  ChoiceTable t;
  t.count[0][0] = 600;  // agree on 700 of 1000
  t.count[2][2] = 100;
  t.count[0][2] = 200;
  t.count[1][0] = 100;
  std::vector<double> r = BootstrapRollCalls(t, Agree);
  ASSERT_EQ(r.size(), static_cast<size_t>(kBootstrapReplicates));
  double mean = 0, var = 0;
  for (double v : r) mean += v;
  mean /= static_cast<double>(r.size());
  for (double v : r) var += (v - mean) * (v - mean);
  var /= static_cast<double>(r.size() - 1);
  EXPECT_NEAR(mean, 0.7, 0.003);
  EXPECT_NEAR(std::sqrt(var), std::sqrt(0.7 * 0.3 / 1000), 0.1 * std::sqrt(0.7 * 0.3 / 1000));
  auto ci = *PercentileInterval(r);
  EXPECT_NEAR(ci.low, 0.7 - 1.96 * std::sqrt(0.21 / 1000), 0.004);
  EXPECT_NEAR(ci.high, 0.7 + 1.96 * std::sqrt(0.21 / 1000), 0.004);
}

TEST(RollCallBootstrap, ASeedReproducesItsRun) {
  ChoiceTable t;
  t.count[0][0] = 30;
  t.count[0][1] = 7;
  t.count[2][2] = 11;
  EXPECT_EQ(BootstrapRollCalls(t, Kappa, 200, 7), BootstrapRollCalls(t, Kappa, 200, 7));
  EXPECT_NE(BootstrapRollCalls(t, Kappa, 200, 7), BootstrapRollCalls(t, Kappa, 200, 8));
}

TEST(RollCallBootstrap, PValueOfNoDifference) {
  EXPECT_EQ(BootstrapPValue({}), std::nullopt);
  // 9 replicates, 2 at or below zero: 2 (1 + 2) / 10.
  EXPECT_DOUBLE_EQ(*BootstrapPValue({-0.1, 0, 0.2, 0.3, 0.1, 0.4, 0.5, 0.2, 0.3}), 0.6);
  // None on the far side: the least p, 2 / (B + 1).
  EXPECT_DOUBLE_EQ(*BootstrapPValue({0.1, 0.2, 0.3}), 0.5);
  EXPECT_DOUBLE_EQ(*BootstrapPValue({-1, 1, -1, 1}), 1.0);
}

}  // namespace roll_call_bootstrap_test
}  // namespace entente
