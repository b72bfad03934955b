// Tests of the TIV totals over a hand-made register: nothing matched, missing
// values, then sums by year, by actor and by both.
#include "measures/tiv_totals.h"

#include <gtest/gtest.h>

namespace entente {
namespace tiv_totals_test {

// Actors 0, 1, 2; rows (supplier, recipient, year, tiv).
ArmsRegister Fixture() {
  ArmsRegister reg;
  reg.actors.resize(3);
  auto add = [&](ActorId s, ActorId r, int year, std::optional<double> tiv) {
    ArmsDelivery d;
    d.supplier = s;
    d.recipient = r;
    d.year = year;
    d.tiv = tiv;
    reg.deliveries.push_back(d);
  };
  add(0, 1, 2013, 10);
  add(0, 1, 2013, 5);
  add(0, 1, 2015, 0);   // SIPRI's 0: under 0.5 TIV, still a delivery
  add(2, 1, 2014, 20);
  add(2, 1, 2016, std::nullopt);  // no deliveries identified
  add(0, 2, 2014, 7);
  reg.years = Period{2013, 2016};
  return reg;
}

TEST(TivTotals, NothingMatched) {
  ArmsRegister reg = Fixture();
  TivFilter none{std::nullopt, std::nullopt, Period{1990, 1994}};
  TivSum s = SumTiv(reg, none);
  EXPECT_EQ(s.tiv, 0);
  EXPECT_EQ(s.rows, 0);
  EXPECT_TRUE(TivByActor(reg, none, TradeSide::kSupplier).empty());
  EXPECT_EQ(TivByYear(reg, none), (std::vector<double>{0, 0, 0, 0, 0}));
}

TEST(TivTotals, CountsMissingValuesApart) {
  ArmsRegister reg = Fixture();
  TivSum s = SumTiv(reg, TivFilter{ActorId{2}, ActorId{1}, Period{2013, 2016}});
  EXPECT_EQ(s.tiv, 20);
  EXPECT_EQ(s.rows, 2);
  EXPECT_EQ(s.unvalued, 1);
}

TEST(TivTotals, RoundsAwayFloatingPointNoise) {
  EXPECT_EQ(RoundTivSum(0.1 + 0.2), 0.3);
  EXPECT_EQ(RoundTivSum(725.3500000000001), 725.35);
  EXPECT_EQ(RoundTivSum(0.0), 0.0);
  EXPECT_EQ(RoundTivSum(1234.567891), 1234.567891);
}

TEST(TivTotals, SumsByYearActorAndBoth) {
  ArmsRegister reg = Fixture();
  TivFilter imports{std::nullopt, ActorId{1}, Period{2013, 2016}};
  EXPECT_EQ(SumTiv(reg, imports).tiv, 35);
  EXPECT_EQ(TivByYear(reg, imports), (std::vector<double>{15, 20, 0, 0}));
  EXPECT_EQ(TivByActor(reg, imports, TradeSide::kSupplier), (std::map<ActorId, double>{{0, 15}, {2, 20}}));
  auto cube = TivByActorYear(reg, imports, TradeSide::kSupplier);
  EXPECT_EQ(cube[0], (std::vector<double>{15, 0, 0, 0}));
  EXPECT_EQ(cube[2], (std::vector<double>{0, 20, 0, 0}));

  TivFilter exports{ActorId{0}, std::nullopt, Period{2014, 2015}};
  EXPECT_EQ(TivByActor(reg, exports, TradeSide::kRecipient), (std::map<ActorId, double>{{1, 0}, {2, 7}}));
}

}  // namespace tiv_totals_test
}  // namespace entente
