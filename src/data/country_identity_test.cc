// Tests of identity through time: each state's name and codes by year, each
// former state at both ends of its years, and the periods' consistency.
#include <gtest/gtest.h>

#include "data/country_registry.h"
#include "support/bundle.h"

namespace entente {
namespace country_identity_test {

class IdentityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    Result<CountryRegistry> reg = CountryRegistry::Load(*dir);
    ASSERT_TRUE(reg.ok()) << reg.status().ToString();
    reg_ = std::make_unique<CountryRegistry>(std::move(reg.value()));
  }
  std::unique_ptr<CountryRegistry> reg_;
};

TEST_F(IdentityTest, NamesAndCodesOfEachYear) {
  struct Case {
    int ccode;
    int year;
    const char* name;
    const char* iso3;
    const char* iso2;
    const char* cow;
    int gw;
  } cases[] = {
      // Serbia and Yugoslavia, COW 345.
      {345, 1878, "Serbia", "", "", "YUG", 340},
      {345, 1918, "Serbia", "", "", "YUG", 340},
      {345, 1919, "Yugoslavia", "YUG", "YU", "YUG", 345},
      {345, 1995, "Yugoslavia", "YUG", "YU", "YUG", 345},
      {345, 2002, "Yugoslavia", "YUG", "YU", "YUG", 345},
      {345, 2003, "Serbia and Montenegro", "SCG", "CS", "YUG", 345},
      {345, 2005, "Serbia and Montenegro", "SCG", "CS", "YUG", 345},
      {345, 2006, "Serbia", "SRB", "RS", "YUG", 340},
      {345, 2010, "Serbia", "SRB", "RS", "YUG", 340},
      // Russia and the Soviet Union, 365.
      {365, 1900, "Russia", "RUS", "RU", "RUS", 365},
      {365, 1923, "Soviet Union", "SUN", "SU", "RUS", 365},
      {365, 1991, "Soviet Union", "SUN", "SU", "RUS", 365},
      {365, 1992, "Russia", "RUS", "RU", "RUS", 365},
      // Germany's states.
      {255, 1816, "Prussia", "", "", "GMY", 255},
      {255, 1870, "Prussia", "", "", "GMY", 255},
      {255, 1871, "Germany", "DEU", "DE", "GMY", 255},
      {255, 1945, "Germany", "DEU", "DE", "GMY", 255},
      {255, 1990, "Germany", "DEU", "DE", "GMY", 260},
      {260, 1955, "German Federal Republic", "DEU", "DE", "GFR", 260},
      {260, 1990, "German Federal Republic", "DEU", "DE", "GFR", 260},
      {265, 1954, "German Democratic Republic", "DDR", "DD", "GDR", 265},
      {265, 1990, "German Democratic Republic", "DDR", "DD", "GDR", 265},
      // The Yemens.
      {678, 1926, "Yemen Arab Republic", "YEM", "YE", "YAR", 678},
      {678, 1990, "Yemen Arab Republic", "YEM", "YE", "YAR", 678},
      {680, 1967, "Yemen People's Republic", "YMD", "YD", "YPR", 680},
      {680, 1990, "Yemen People's Republic", "YMD", "YD", "YPR", 680},
      {679, 1990, "Yemen", "YEM", "YE", "YEM", 678},
      // Czechoslovakia and its successors.
      {315, 1918, "Czechoslovakia", "CSK", "CS", "CZE", 315},
      {315, 1992, "Czechoslovakia", "CSK", "CS", "CZE", 315},
      {316, 1993, "Czechia", "CZE", "CZ", "CZR", 316},
      // Zaire and DR Congo; Burma and Myanmar; Korea.
      {490, 1960, "Congo - Kinshasa", "COD", "CD", "DRC", 490},
      {490, 1971, "Congo - Kinshasa", "COD", "CD", "DRC", 490},
      {490, 1972, "Zaire", "ZAR", "ZR", "DRC", 490},
      {490, 1996, "Zaire", "ZAR", "ZR", "DRC", 490},
      {490, 1997, "Congo - Kinshasa", "COD", "CD", "DRC", 490},
      {775, 1948, "Burma", "BUR", "BU", "MYA", 775},
      {775, 1988, "Burma", "BUR", "BU", "MYA", 775},
      {775, 1989, "Myanmar (Burma)", "MMR", "MM", "MYA", 775},
      {730, 1887, "Korea", "", "", "KOR", 0},
      {730, 1905, "Korea", "", "", "KOR", 0},
      {732, 2000, "South Korea", "KOR", "KR", "ROK", 732},
      // Kosovo; a state with one identity.
      {347, 2008, "Kosovo", "XKX", "XK", "KOS", 347},
      {770, 1947, "Pakistan", "PAK", "PK", "PAK", 770},
      {770, 2030, "Pakistan", "PAK", "PK", "PAK", 770},
  };
  for (const auto& c : cases) {
    const CountryIdentity* id = reg_->IdentityIn(CowCode{c.ccode}, c.year);
    ASSERT_NE(id, nullptr) << c.ccode;
    std::string where = std::to_string(c.ccode) + " in " + std::to_string(c.year);
    EXPECT_TRUE(id->Covers(c.year)) << where;
    EXPECT_EQ(id->name, c.name) << where;
    EXPECT_EQ(id->iso3, c.iso3) << where;
    EXPECT_EQ(id->iso2, c.iso2) << where;
    EXPECT_EQ(id->cow_letters, c.cow) << where;
    EXPECT_EQ(id->gw_code, c.gw) << where;
  }
}

TEST_F(IdentityTest, FormerStatesAtBothEndsOfTheirYears) {
  // Each former code resolves, in the first and the last year of its state,
  // to that state, whose identity then carries the code.
  struct Case {
    const char* code;
    int ccode;
    int from;
    int to;
  } cases[] = {
      {"SUN", 365, 1923, 1991}, {"YUG", 345, 1919, 2002}, {"SCG", 345, 2003, 2005}, {"CSK", 315, 1918, 1992},
      {"DDR", 265, 1949, 1990}, {"YMD", 680, 1967, 1990}, {"ZAR", 490, 1972, 1996}, {"BUR", 775, 1948, 1988},
      {"DHY", 434, 1960, 1975}, {"HVO", 439, 1960, 1984}, {"RHO", 552, 1965, 1979}, {"VDR", 816, 1954, 1975},
  };
  for (const auto& c : cases) {
    for (int year : {c.from, c.to}) {
      Result<const Country*> r = reg_->Resolve(c.code, year);
      ASSERT_TRUE(r.ok()) << c.code << " " << year << ": " << r.status().ToString();
      EXPECT_EQ((*r)->ccode.value, c.ccode) << c.code << " " << year;
      EXPECT_EQ(reg_->IdentityIn(CowCode{c.ccode}, year)->iso3, c.code) << c.code << " " << year;
    }
  }
}

TEST_F(IdentityTest, OutsideEveryPeriodTheNearestEarlierOneHolds) {
  EXPECT_EQ(reg_->IdentityIn(CowCode{255}, 1970)->name, "Germany");  // between 1945 and 1990
  EXPECT_EQ(reg_->IdentityIn(CowCode{255}, 1970)->to_year, 1945);
  EXPECT_EQ(reg_->IdentityIn(CowCode{315}, 2000)->name, "Czechoslovakia");
  EXPECT_EQ(reg_->IdentityIn(CowCode{345}, 1800)->name, "Serbia");  // before the first
  EXPECT_EQ(reg_->IdentityIn(CowCode{1234}, 2000), nullptr);
}

TEST_F(IdentityTest, EveryStateHasOrderedPeriodsCoveringItsMembership) {
  for (const Country& c : reg_->countries()) {
    ASSERT_FALSE(c.identities.empty()) << c.ccode.value;
    for (size_t i = 1; i < c.identities.size(); ++i) {
      EXPECT_LT(c.identities[i - 1].to_year, c.identities[i].from_year) << c.ccode.value;
    }
    for (const StateSpell& s : c.spells) {
      for (int y : {s.from_year, s.to_year}) {
        EXPECT_TRUE(reg_->IdentityIn(c.ccode, y)->Covers(y)) << c.ccode.value << " " << y;
      }
    }
  }
}

}  // namespace country_identity_test
}  // namespace entente
