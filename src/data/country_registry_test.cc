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

TEST_F(RegistryTest, ResolvesEveryIdentifierSystem) {
  struct Case {
    const char* query;
    int ccode;
  } cases[] = {
      // ISO3, where COW letters mean another state: ISO3 first.
      {"SRB", 345}, {"KOR", 732}, {"CZE", 316}, {"AUS", 900}, {"MNG", 712}, {"SLV", 92}, {"DEU", 255},
      // ISO 3166-3 former codes.
      {"SUN", 365}, {"YUG", 345}, {"SCG", 345}, {"CSK", 315}, {"DDR", 265}, {"YMD", 680}, {"ZAR", 490},
      {"BUR", 775}, {"DHY", 434}, {"HVO", 439}, {"RHO", 552}, {"VDR", 816},
      // ISO2, current, former and user-assigned.
      {"RS", 345}, {"XK", 347}, {"SU", 365}, {"CS", 315}, {"DD", 265}, {"ZR", 490},
      {"XKX", 347}, {"TWN", 713},
      // COW letters when ISO3 does not know the code; GW letters after them.
      {"GFR", 260}, {"YAR", 678}, {"ROK", 732}, {"DRC", 490}, {"SER", 345}, {"RUM", 360},
      // Prefixed codes: COW, ISO, UN M49, Gleditsch-Ward.
      {"cow:KOR", 730}, {"COW:cze", 315}, {"cow:345", 345}, {"iso:KOR", 732}, {"iso:688", 345},
      {"m49:688", 345}, {"un:840", 2}, {"m49:810", 365}, {"m49:890", 345}, {"gw:340", 345}, {"gw:260", 255},
      {"gw:815", 816}, {"gw:SER", 345}, {"gw:678", 678},
      // Abbreviations.
      {"ROC", 713}, {"PRC", 710}, {"ROK", 732}, {"DPRK", 731}, {"USSR", 365}, {"UAE", 696}, {"DRC", 490},
      {"FRY", 345}, {"SFRY", 345}, {"KSA", 670}, {"GDR", 265}, {"FRG", 260},
      // Former names and the names of each period.
      {"Serbia", 345}, {"Serbia and Montenegro", 345}, {"Soviet Union", 365}, {"Zaire", 490}, {"Burma", 775},
      {"Prussia", 255}, {"Dahomey", 434}, {"Upper Volta", 439}, {"Rhodesia", 552}, {"Ceylon", 780},
      {"Siam", 800}, {"Persia", 630}, {"United Arab Republic", 651}, {"Swaziland", 572}, {"Kosovo", 347},
      // Names in the codelist's other languages.
      {"Allemagne", 255}, {"Deutschland", 255}, {"Alemania", 255}, {"Serbien", 345}, {"Cina", 710},
      {"Российская Федерация", 365}, {"中国", 710}, {"Corée du Sud", 732}, {"Chine", 710},
  };
  for (const auto& c : cases) {
    Result<const Country*> r = reg_->Resolve(c.query);
    ASSERT_TRUE(r.ok()) << c.query << ": " << r.status().ToString();
    EXPECT_EQ((*r)->ccode.value, c.ccode) << c.query;
  }
}

TEST_F(RegistryTest, ResolvesCodesAndNamesByYear) {
  struct Case {
    const char* query;
    int year;
    int ccode;
  } cases[] = {
      {"KOR", 1890, 730}, {"KOR", 1905, 730}, {"KOR", 1949, 732}, {"KOR", 2000, 732},
      {"CZE", 1918, 315}, {"CZE", 1992, 315}, {"CZE", 1993, 316}, {"CZE", 2010, 316},
      {"DEU", 1970, 260}, {"DEU", 1930, 255}, {"DEU", 1990, 255}, {"DEU", 2000, 255},
      {"DE", 1970, 260},  {"YEM", 1980, 678}, {"YEM", 1990, 679}, {"YEM", 2000, 679},
      {"CS", 1980, 315},  {"CS", 2004, 345},  {"gw:678", 1980, 678}, {"gw:678", 2000, 679},
      {"gw:260", 1970, 260}, {"gw:260", 2000, 255},
      {"Korea", 1890, 730},
  };
  for (const auto& c : cases) {
    Result<const Country*> r = reg_->Resolve(c.query, c.year);
    ASSERT_TRUE(r.ok()) << c.query << " " << c.year << ": " << r.status().ToString();
    EXPECT_EQ((*r)->ccode.value, c.ccode) << c.query << " " << c.year;
  }
}

TEST_F(RegistryTest, KeepsRealAmbiguityWithAndWithoutAYear) {
  struct Case {
    const char* query;
    std::optional<int> year;
    const char* message;
  } cases[] = {
      {"Korea", std::nullopt,
       "\"Korea\" is ambiguous: it may mean Korea (KOR, 730) or North Korea (PRK, 731) or South Korea (KOR, 732); "
       "type a COW code or an ISO code, or give a year"},
      {"Korea", 1960,
       "\"Korea\" is ambiguous in 1960: it may mean North Korea (PRK, 731) or South Korea (KOR, 732); type a COW "
       "code or an ISO code"},
      {"Congo", std::nullopt,
       "\"Congo\" is ambiguous: it may mean Congo - Brazzaville (COG, 484) or Congo - Kinshasa (COD, 490); type a "
       "COW code or an ISO code, or give a year"},
      {"Congo", 1970,
       "\"Congo\" is ambiguous in 1970: it may mean Congo - Brazzaville (COG, 484) or Congo - Kinshasa (COD, 490); "
       "type a COW code or an ISO code"},
  };
  for (const auto& c : cases) {
    Result<const Country*> r = reg_->Resolve(c.query, c.year);
    ASSERT_FALSE(r.ok()) << c.query;
    EXPECT_EQ(r.status().ExitCode(), 2);
    EXPECT_EQ(r.status().message(), c.message);
  }
}

TEST_F(RegistryTest, ExplainsUnknownAndNonStateQueries) {
  struct Case {
    const char* query;
    const char* message_part;
  } cases[] = {
      {"Pakistaan", "did you mean Pakistan (PAK, 770)"},
      {"Hong Kong", "not a state"},
      {"PSE", "\"PSE\" (Palestinian Territories) is not a state of the COW state system and has no COW code"},
      {"Palestine", "has no COW code"},
      {"HKG", "not a state"},
      {"688", "no state has this COW code; as a UN M49 code it is Serbia (COW 345; type m49:688)"},
      {"", "empty country name"},
      {"SRV", "Yugoslavia (YUG, 345)"},
  };
  for (const auto& c : cases) {
    Result<const Country*> r = reg_->Resolve(c.query);
    ASSERT_FALSE(r.ok()) << c.query;
    EXPECT_EQ(r.status().ExitCode(), 2) << c.query;
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos) << c.query << ": " << r.status().message();
  }
}

TEST_F(RegistryTest, SuggestsAtMostThreeNearestNamesAndCodesBestFirst) {
  std::vector<std::string> s = reg_->Suggest("Pakistaan");
  ASSERT_FALSE(s.empty());
  EXPECT_LE(s.size(), 3u);
  EXPECT_EQ(s[0], "Pakistan (PAK, 770)");
  std::vector<std::string> code = reg_->Suggest("SRX");
  ASSERT_FALSE(code.empty());
  EXPECT_LE(code.size(), 3u);
  std::vector<std::string> name = reg_->Suggest("Grmany");
  ASSERT_FALSE(name.empty());
  EXPECT_EQ(name[0], "Germany (DEU, 255)");
  EXPECT_TRUE(reg_->Suggest(std::string(100, 'q')).empty());
}

// issue 16, finding 1: a 40,000-character name overflowed the stack in
// std::regex (about 78,000 frames) under Candidates -> Resolve.
TEST_F(RegistryTest, Issue16LongNameDoesNotCrash) {
  for (size_t n : {kMaxCountryQueryBytes + 1, size_t{25000}, size_t{40000}, size_t{1000000}}) {
    std::string name(n, 'a');
    EXPECT_TRUE(reg_->Candidates(name).empty()) << n;
    Result<const Country*> r = reg_->Resolve(name);
    ASSERT_FALSE(r.ok()) << n;
    EXPECT_EQ(r.status().ExitCode(), 2);
    EXPECT_NE(r.status().message().find("longer than any state's"), std::string::npos) << r.status().message();
  }
  // At the limit the patterns still run, and still find nothing.
  EXPECT_FALSE(reg_->Resolve(std::string(kMaxCountryQueryBytes, 'a')).ok());
  EXPECT_EQ(reg_->Resolve(std::string(kMaxCountryQueryBytes - 12, ' ') + "Republic of Korea").value()->ccode.value, 732);
}

// issue 16, finding 7: "Northern Cyprus" resolved to Cyprus through the
// codelist's pattern, though the alias table calls it a non-state actor.
TEST_F(RegistryTest, Issue16NorthernCyprusIsNotCyprus) {
  for (const char* name : {"Northern Cyprus", "northern cyprus", "Turkish Republic of Northern Cyprus", "TRNC",
                           "the Turkish Republic of Northern Cyprus"}) {
    EXPECT_TRUE(reg_->Candidates(name).empty()) << name;
    Result<const Country*> r = reg_->Resolve(name);
    ASSERT_FALSE(r.ok()) << name;
    EXPECT_NE(r.status().message().find("is not a state of the COW state system"), std::string::npos)
        << name << ": " << r.status().message();
  }
  EXPECT_EQ(reg_->Resolve("Cyprus").value()->ccode.value, 352);
  EXPECT_EQ(reg_->Resolve("Republic of Cyprus").value()->ccode.value, 352);
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
                              "un.name.en,p4.name,vdem.name,un,gwn,gwc\n770,PAK,PK,PAK,Pakistan,pakistan,,,,,,586,770,PAK\n"
                              "xx,,,,Bad,,,,,,,,,\n");
  std::istringstream states("stateabb,ccode,statenme,styear,endyear\nPAK,770,Pakistan,1947,2016\n");
  Result<CountryRegistry> r = CountryRegistry::Build(codelist, "codelist.csv", states, "states.csv", "");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "codelist.csv:3:1: column \"cown\": got \"xx\", expected a COW numeric code or an empty field");

  std::istringstream codelist2("cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,"
                               "un.name.en,p4.name,vdem.name,un,gwn,gwc\n770,PAK,PK,PAK,Pakistan,pakistan,,,,,,586,770,PAK\n");
  std::istringstream states2("stateabb,ccode,statenme,styear,endyear\nPAK,770,Pakistan,1947,20x6\n");
  Result<CountryRegistry> r2 = CountryRegistry::Build(codelist2, "codelist.csv", states2, "states.csv", "");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().message(), "states.csv:2:23: column \"endyear\": got \"20x6\", expected a year");
}

TEST(RegistryBuild, RejectsMalformedIdentityRunsWithLineAndColumn) {
  const std::string codelist_text =
      "cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,un.name.en,p4.name,"
      "vdem.name\n770,PAK,PK,PAK,Pakistan,pakistan,,,,,\n";
  const std::string states_text = "stateabb,ccode,statenme,styear,endyear\nPAK,770,Pakistan,1947,2016\n";
  struct Case {
    const char* aliases;
    const char* message;
  } cases[] = {
      {"[identity]\n770 = [ { from = 1947, to = 1970, name = \"West Pakistan\" }, { from = 1971 } ]\n", nullptr},
      {"[identity]\n771 = [ { from = 1947 } ]\n",
       "src/data/country_aliases.toml:2:9: identity 771: no state has this COW code"},
      {"[identity]\n770 = [ { to = 1970 } ]\n", "src/data/country_aliases.toml:2:9: identity 770: missing \"from\""},
      {"[identity]\n770 = [ { from = 1947, nmae = \"X\" } ]\n",
       "src/data/country_aliases.toml:2:31: identity 770: unknown field \"nmae\"; expected from, to, name, cow, "
       "iso3, iso2, m49, gw, gwc or codelist"},
      {"[identity]\n770 = [ { from = 1980, to = 1970 } ]\n",
       "src/data/country_aliases.toml:2:9: identity 770: from 1980 is after to 1970"},
      {"[identity]\n770 = [ { from = 1947, to = 1971 }, { from = 1971 } ]\n",
       "src/data/country_aliases.toml:2:37: identity 770: the run from 1971 begins before the one before it ends; "
       "runs must be in order and must not overlap"},
      {"[identity]\n770 = [ { from = 1947, codelist = \"Bengal\" } ]\n",
       "src/data/country_aliases.toml:2:9: identity 770: codelist has no row named \"Bengal\""},
      {"[identity]\n770 = [ { from = \"1947\" } ]\n",
       "src/data/country_aliases.toml:2:18: identity 770: from: expected a whole number"},
      {"[ambiguous]\n\"Pak\" = [770]\n",
       "src/data/country_aliases.toml:2:9: ambiguous \"Pak\": expected two or more COW codes of known states"},
  };
  for (const auto& c : cases) {
    std::istringstream codelist(codelist_text), states(states_text);
    Result<CountryRegistry> r = CountryRegistry::Build(codelist, "codelist.csv", states, "states.csv", c.aliases);
    if (c.message == nullptr) {
      ASSERT_TRUE(r.ok()) << c.aliases << r.status().ToString();
      EXPECT_EQ(r->IdentityIn(CowCode{770}, 1960)->name, "West Pakistan");
      EXPECT_EQ(r->IdentityIn(CowCode{770}, 1971)->name, "Pakistan");
      continue;
    }
    ASSERT_FALSE(r.ok()) << c.aliases;
    EXPECT_EQ(r.status().message(), c.message) << c.aliases;
  }
}

TEST(CodeSystemNames, ReadAndWriteEachSystem) {
  for (const char* name : {"auto", "name", "ccode", "cowc", "iso2", "iso3", "m49", "gwcode", "gwc"}) {
    std::optional<CodeSystem> s = ParseCodeSystem(name);
    ASSERT_TRUE(s.has_value()) << name;
    EXPECT_EQ(CodeSystemName(*s), name);
  }
  EXPECT_EQ(ParseCodeSystem("ISO3"), CodeSystem::kIso3);
  EXPECT_FALSE(ParseCodeSystem("fips").has_value());
  EXPECT_FALSE(ParseCodeSystem("").has_value());
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
