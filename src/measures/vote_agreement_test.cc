// Tests of the agreement measures: degenerate tables first, then tables
// computed by hand, then properties (symmetry, bounds).
#include "measures/vote_agreement.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

namespace entente {
namespace vote_agreement_test {

ChoiceTable Table(std::initializer_list<std::initializer_list<int64_t>> rows) {
  ChoiceTable t;
  size_t i = 0;
  for (const auto& r : rows) {
    size_t j = 0;
    for (int64_t v : r) t.count[i][j++] = v;
    ++i;
  }
  return t;
}

TEST(VoteAgreement, EmptyTableLeavesEveryMeasureMissing) {
  AgreementScores s = ComputeAgreement(ChoiceTable{});
  EXPECT_EQ(s.n, 0);
  EXPECT_FALSE(s.agree || s.ia || s.s || s.kappa || s.pi);
}

TEST(VoteAgreement, ConstantIdenticalVotesHaveNoChanceCorrectedValue) {
  // Both always yes: perfect agreement, but expected disagreement is 0.
  AgreementScores s = ComputeAgreement(Table({{5, 0, 0}, {0, 0, 0}, {0, 0, 0}}));
  EXPECT_EQ(s.n, 5);
  EXPECT_DOUBLE_EQ(*s.agree, 1.0);
  EXPECT_DOUBLE_EQ(*s.ia, 1.0);
  EXPECT_DOUBLE_EQ(*s.s, 1.0);
  EXPECT_FALSE(s.kappa.has_value());
  EXPECT_FALSE(s.pi.has_value());
}

TEST(VoteAgreement, OneObservationOfOppositeVotes) {
  // A yes, B no: d = 2.
  AgreementScores s = ComputeAgreement(Table({{0, 0, 1}, {0, 0, 0}, {0, 0, 0}}));
  EXPECT_DOUBLE_EQ(*s.agree, 0.0);
  EXPECT_DOUBLE_EQ(*s.ia, 0.0);
  EXPECT_DOUBLE_EQ(*s.s, -1.0);
  // pa = (1,0,0), pb = (0,0,1): De = 2, Do = 2 -> kappa 0.
  EXPECT_DOUBLE_EQ(*s.kappa, 0.0);
  // pooled p = (.5, 0, .5): De = 2 * .25 * 2 = 1 -> pi = 1 - 2/1 = -1.
  EXPECT_DOUBLE_EQ(*s.pi, -1.0);
}

TEST(VoteAgreement, HandComputedTable) {
  // Ten roll calls. Rows are A's choice (yes, abstain, no), columns B's.
  //   A\B   yes abst no
  //   yes    5    1   1
  //   abst   1    1   0
  //   no     0    0   1
  // d=0: 7, d=1: 2 (yes/abst, abst/yes), d=2: 1 (yes/no). sum d = 4.
  AgreementScores s = ComputeAgreement(Table({{5, 1, 1}, {1, 1, 0}, {0, 0, 1}}));
  EXPECT_EQ(s.n, 10);
  EXPECT_DOUBLE_EQ(*s.agree, 0.7);
  EXPECT_DOUBLE_EQ(*s.ia, (7 + 0.5 * 2) / 10.0);
  EXPECT_DOUBLE_EQ(*s.s, 1 - 4 / 10.0);
  // pa = (.7, .2, .1), pb = (.6, .2, .2).
  // De = sum pa_i pb_j |i-j|
  //    = .7*.2*1 + .7*.2*2 + .2*.6*1 + .2*.2*1 + .1*.6*2 + .1*.2*1 = .14+.28+.12+.04+.12+.02 = .72
  EXPECT_NEAR(*s.kappa, 1 - 0.4 / 0.72, 1e-12);
  // p = (.65, .2, .15): De = 2*(.65*.2*1 + .65*.15*2 + .2*.15*1) = 2*(.13+.195+.03) = .71
  EXPECT_NEAR(*s.pi, 1 - 0.4 / 0.71, 1e-12);
}

TEST(VoteAgreement, SquaredDistanceWeighsOppositeVotesMore) {
  ChoiceTable t = Table({{5, 1, 1}, {1, 1, 0}, {0, 0, 1}});
  AgreementScores s = ComputeAgreement(t, Distance::kSquared);
  // sum d^2 = 1 + 1 + 4 = 6; S = 1 - 2 * 0.6 / 4 = 0.7.
  EXPECT_DOUBLE_EQ(*s.s, 0.7);
  EXPECT_DOUBLE_EQ(*s.agree, 0.7);  // unaffected
  // De with squared weights: .7*.2*1 + .7*.2*4 + .2*.6*1 + .2*.2*1 + .1*.6*4 + .1*.2*1 = 1.12
  EXPECT_NEAR(*s.kappa, 1 - 0.6 / 1.12, 1e-12);
}

TEST(VoteAgreement, YesNoOnlyDropsAbstentions) {
  ChoiceTable t = Table({{5, 1, 1}, {1, 1, 0}, {0, 0, 1}}).YesNoOnly();
  AgreementScores s = ComputeAgreement(t);
  EXPECT_EQ(s.n, 7);
  EXPECT_DOUBLE_EQ(*s.agree, 6 / 7.0);
}

TEST(VoteAgreement, SymmetricAndBounded) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> cell(0, 20);
  for (int trial = 0; trial < 200; ++trial) {
    ChoiceTable t, tt;
    for (size_t i = 0; i < 3; ++i) {
      for (size_t j = 0; j < 3; ++j) t.count[i][j] = cell(rng);
    }
    for (size_t i = 0; i < 3; ++i) {
      for (size_t j = 0; j < 3; ++j) tt.count[j][i] = t.count[i][j];
    }
    AgreementScores a = ComputeAgreement(t), b = ComputeAgreement(tt);
    ASSERT_GT(a.n, 0);
    EXPECT_DOUBLE_EQ(*a.agree, *b.agree);
    EXPECT_DOUBLE_EQ(*a.ia, *b.ia);
    EXPECT_DOUBLE_EQ(*a.s, *b.s);
    EXPECT_NEAR(*a.kappa, *b.kappa, 1e-12);
    EXPECT_NEAR(*a.pi, *b.pi, 1e-12);
    EXPECT_GE(*a.agree, 0);
    EXPECT_LE(*a.agree, *a.ia);
    EXPECT_LE(*a.ia, 1);
    EXPECT_GE(*a.s, -1);
    EXPECT_LE(*a.s, 1);
    EXPECT_LE(*a.kappa, 1);
    EXPECT_LE(*a.pi, 1);
  }
}

TEST(CrossTabulate, CountsOnlyMaskedRollCallsWhereBothVoted) {
  // Roll calls 0..5. A: yes on 0,1,2; no on 3; absent 4,5. B: yes on 0, no on 1, abstain 2, absent 3, yes 4.
  uint64_t a_yes = 0b000111, a_abs = 0, a_no = 0b001000;
  uint64_t b_yes = 0b010001, b_abs = 0b000100, b_no = 0b000010;
  const uint64_t* a[3] = {&a_yes, &a_abs, &a_no};
  const uint64_t* b[3] = {&b_yes, &b_abs, &b_no};
  uint64_t all = 0b111111, some = 0b000011;
  ChoiceTable t = CrossTabulate(a, b, &all, 0, 1);
  EXPECT_EQ(t.n(), 3);
  EXPECT_EQ(t.count[0][0], 1);
  EXPECT_EQ(t.count[0][2], 1);
  EXPECT_EQ(t.count[0][1], 1);
  ChoiceTable u = CrossTabulate(a, b, &some, 0, 1);
  EXPECT_EQ(u.n(), 2);
}

}  // namespace vote_agreement_test
}  // namespace entente
