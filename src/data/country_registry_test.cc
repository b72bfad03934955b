// Tests of the country registry: user queries, and every identifier in the
// bundle's datasets resolving with no unknown name left.
#include "data/country_registry.h"

#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/text.h"
#include "data/csv_reader.h"
#include "support/bundle.h"

namespace entente {
namespace country_registry_test {

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    dir_ = *dir;
    Result<CountryRegistry> reg = CountryRegistry::Load(dir_);
    ASSERT_TRUE(reg.ok()) << reg.status().ToString();
    reg_ = std::make_unique<CountryRegistry>(std::move(reg.value()));
  }

  // Calls fn(record) for every record of a CSV in the bundle.
  template <typename Fn>
  void ForEach(const std::string& path, CsvOptions options, Fn fn, std::vector<size_t>* cols,
               const std::vector<std::string>& names) {
    std::ifstream in(dir_ / path, std::ios::binary);
    CsvReader reader(in, path, options);
    ASSERT_TRUE(reader.Start().ok());
    for (const auto& n : names) {
      auto c = reader.ColumnIndex(n);
      ASSERT_TRUE(c.ok()) << c.status().ToString();
      cols->push_back(*c);
    }
    CsvRecord rec;
    bool has = false;
    while (reader.Next(&rec, &has).ok() && has) fn(rec);
  }

  std::filesystem::path dir_;
  std::unique_ptr<CountryRegistry> reg_;
};

TEST_F(RegistryTest, ResolvesWhatUsersType) {
  struct Case {
    const char* query;
    int ccode;
  } cases[] = {
      {"pakistan", 770}, {"Pakistan", 770}, {"PAK", 770}, {"pk", 770},    {"770", 770},
      {"PRC", 710},      {"china", 710},    {"CHN", 710}, {"365", 365},   {"USSR", 365},
      {"Viet Nam", 816}, {"vietnam", 816},  {"VNM", 816}, {"USA", 2},     {"United States", 2},
      {"UK", 200},       {"GBR", 200},      {"UKG", 200}, {"Turkiye", 640}, {"India", 750},
      {"Cote d'Ivoire", 437}, {"Côte d’Ivoire", 437}, {"Republic of Korea", 732}, {"Taiwan", 713},
      {"West Germany", 260}, {"GDR", 265}, {"Yugoslavia", 345}, {"Zanzibar", 511},
  };
  for (const auto& c : cases) {
    Result<const Country*> r = reg_->Resolve(c.query);
    ASSERT_TRUE(r.ok()) << c.query << ": " << r.status().ToString();
    EXPECT_EQ((*r)->ccode.value, c.ccode) << c.query;
  }
}

TEST_F(RegistryTest, ExplainsAmbiguousUnknownAndNonStateQueries) {
  Result<const Country*> amb = reg_->Resolve("CZE");
  ASSERT_FALSE(amb.ok());
  EXPECT_EQ(amb.status().ExitCode(), 2);
  EXPECT_NE(amb.status().message().find("ambiguous"), std::string::npos);
  EXPECT_NE(amb.status().message().find("Czechia"), std::string::npos);

  Result<const Country*> unknown = reg_->Resolve("Pakistaan");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().ExitCode(), 2);
  EXPECT_NE(unknown.status().message().find("did you mean Pakistan (PAK, 770)"), std::string::npos)
      << unknown.status().message();

  Result<const Country*> territory = reg_->Resolve("Hong Kong");
  ASSERT_FALSE(territory.ok());
  EXPECT_NE(territory.status().message().find("not a state"), std::string::npos);
}

TEST_F(RegistryTest, EveryUnVotesCodeAndNameResolves) {
  std::vector<size_t> c;
  std::set<std::string> unknown;
  std::map<std::string, int> seen;
  ForEach("unga/un_votes.csv", {}, [&](const CsvRecord& r) {
    const CsvField& code = r[c[1]];
    std::string key = std::string(r.text(c[0])) + "|" + std::string(code.text) + (code.quoted ? "q" : "");
    if (seen.count(key)) return;
    // An unquoted NA is a missing code: the name identifies the state.
    const Country* country = nullptr;
    if (code.quoted) {
      country = reg_->FindIso2(code.text);
    } else {
      auto actor = reg_->MatchActor(r.text(c[0]));
      if (actor && actor->is_state()) country = actor->country;
    }
    if (country == nullptr) unknown.insert(key);
    seen[key] = country ? country->ccode.value : 0;
  }, &c, {"country", "country_code"});
  EXPECT_TRUE(unknown.empty()) << fmt::format("{}", fmt::join(unknown, "; "));
  EXPECT_EQ(seen["Taiwan|TWq"], 713);
  EXPECT_EQ(seen["Russia|RUq"], 365);
  EXPECT_EQ(seen["Namibia|NAq"], 565);
  EXPECT_EQ(seen["Federal Republic of Germany|NA"], 260);
  EXPECT_EQ(seen["Yemen Arab Republic|NA"], 678);
  EXPECT_EQ(seen["Zanzibar|NA"], 511);
  EXPECT_EQ(seen["Yemen People's Republic|YDq"], 680);
  EXPECT_EQ(seen["Yugoslavia|YUq"], 345);
  EXPECT_EQ(seen["Czechoslovakia|CSq"], 315);
  EXPECT_EQ(seen["German Democratic Republic|DDq"], 265);
  EXPECT_EQ(seen["Germany|DEq"], 255);
  EXPECT_EQ(seen["China|CNq"], 710);
}

TEST_F(RegistryTest, EverySipriSupplierAndRecipientResolves) {
  std::vector<size_t> c;
  std::set<std::string> unknown, non_state;
  std::map<std::string, int> states;
  CsvOptions sipri{.preamble_lines = 11, .line_end_mark = ';'};
  ForEach("sipri/trade_register.csv", sipri, [&](const CsvRecord& r) {
    for (size_t col : {c[0], c[1]}) {
      std::string name(r.text(col));
      auto actor = reg_->MatchActor(name);
      if (!actor) {
        unknown.insert(name);
      } else if (actor->is_state()) {
        states[name] = actor->country->ccode.value;
      } else {
        non_state.insert(actor->name);
      }
    }
  }, &c, {"Supplier", "Recipient"});
  EXPECT_TRUE(unknown.empty()) << fmt::format("{}", fmt::join(unknown, "; "));
  EXPECT_EQ(states["Turkiye"], 640);
  EXPECT_EQ(states["Viet Nam"], 816);
  EXPECT_EQ(states["Cote d'Ivoire"], 437);
  EXPECT_EQ(states["Bosnia-Herzegovina"], 346);
  EXPECT_EQ(states["China"], 710);
  EXPECT_EQ(states["Pakistan"], 770);
  EXPECT_TRUE(non_state.count("NATO"));
  EXPECT_TRUE(non_state.count("Houthi rebels (Yemen)"));
  EXPECT_TRUE(non_state.count("unknown recipient(s)"));
}

TEST_F(RegistryTest, EveryVetoingMemberAndReactorCountryResolves) {
  std::vector<size_t> c;
  std::set<std::string> unknown;
  ForEach("unsc/unsc_vetoes_1946_sept2022.csv", {}, [&](const CsvRecord& r) {
    for (size_t col : c) {
      std::string name(r.text(col));
      if (name.empty()) continue;
      auto actor = reg_->MatchActor(name);
      if (!actor || !actor->is_state()) unknown.insert(name);
    }
  }, &c, {"member_veto1", "member_veto2", "member_veto3"});
  EXPECT_TRUE(unknown.empty()) << fmt::format("{}", fmt::join(unknown, "; "));

  std::vector<size_t> n;
  ForEach("nuclear/nuclear_power_plants.csv", {}, [&](const CsvRecord& r) {
    const Country* by_code = reg_->FindIso2(r.text(n[1]));
    auto by_name = reg_->MatchActor(r.text(n[0]));
    if (by_code == nullptr || !by_name || by_name->country != by_code) {
      unknown.insert(std::string(r.text(n[0])) + "/" + std::string(r.text(n[1])));
    }
  }, &n, {"Country", "CountryCode"});
  EXPECT_TRUE(unknown.empty()) << fmt::format("{}", fmt::join(unknown, "; "));
}

TEST(RegistryBuild, RejectsMalformedInputWithLineAndColumn) {
  std::istringstream codelist("cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,"
                              "un.name.en,p4.name,vdem.name\n770,PAK,PK,PAK,Pakistan,pakistan,,,,,\nxx,,,,Bad,,,,,,\n");
  std::istringstream states("stateabb,ccode,statenme,styear,endyear\nPAK,770,Pakistan,1947,2016\n");
  Result<CountryRegistry> r = CountryRegistry::Build(codelist, "codelist.csv", states, "states.csv", "");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "codelist.csv:3:1: column \"cown\": got \"xx\", expected a COW numeric code or an empty field");

  std::istringstream codelist2("cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,"
                               "un.name.en,p4.name,vdem.name\n770,PAK,PK,PAK,Pakistan,pakistan,,,,,\n");
  std::istringstream states2("stateabb,ccode,statenme,styear,endyear\nPAK,770,Pakistan,1947,20x6\n");
  Result<CountryRegistry> r2 = CountryRegistry::Build(codelist2, "codelist.csv", states2, "states.csv", "");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().message(), "states.csv:2:23: column \"endyear\": got \"20x6\", expected a year");
}

TEST(NormalizeName, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(NormalizeName("Côte d’Ivoire"), "cote divoire");
  EXPECT_EQ(NormalizeName("Cote d'Ivoire"), "cote divoire");
  EXPECT_EQ(NormalizeName("  Bosnia & Herzegovina "), "bosnia and herzegovina");
  EXPECT_EQ(NormalizeName("São Tomé & Príncipe"), "sao tome and principe");
  EXPECT_EQ(NormalizeName("Congo - Kinshasa"), "congo kinshasa");
}

}  // namespace country_registry_test
}  // namespace entente
