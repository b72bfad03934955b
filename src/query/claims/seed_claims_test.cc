// The seed paper's claim file, checked end to end: every claim is evaluated
// and each verdict is asserted, with the numbers behind it recomputed here
// directly from the bundle's CSV files (not through entente's queries).
#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "core/text.h"
#include "data/csv_reader.h"
#include "query/claims/claim_check.h"
#include "support/bundle.h"

namespace entente {
namespace seed_claims_test {

// Calls fn(record, column index by name) for each record of a bundle CSV.
template <typename Fn>
void Scan(const std::filesystem::path& dir, const std::string& path, CsvOptions options, Fn fn) {
  std::ifstream in(dir / path, std::ios::binary);
  CsvReader reader(in, path, options);
  ASSERT_TRUE(reader.Start().ok());
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < reader.header().size(); ++i) col[reader.header()[i]] = i;
  CsvRecord rec;
  bool has = false;
  while (reader.Next(&rec, &has).ok() && has) fn(rec, col);
}

class SeedClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    dir_ = *dir;
    ws_ = std::make_unique<Workspace>(dir_, Manifest::Bundle());
    Result<ClaimFile> f = LoadClaimFile(std::string(ENTENTE_SOURCE_DIR) + "/claims/pakistan-china-beyond-cpec.toml");
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    file_ = *f;
    Result<std::vector<ClaimResult>> r = CheckClaims(*ws_, file_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    for (const auto& cr : *r) results_[cr.claim->id] = cr;
  }

  // TIV delivered from supplier to recipient (either may be "" for all) in [from, to].
  double Tiv(const std::string& supplier, const std::string& recipient, int from, int to) {
    double sum = 0;
    Scan(dir_, "sipri/trade_register.csv", {.preamble_lines = 11, .line_end_mark = ';'},
         [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
           int year = 0;
           double tiv = 0;
           if (!ParseInt(r.text(c["Delivery year"]), &year) || year < from || year > to) return;
           if (!supplier.empty() && r.text(c["Supplier"]) != supplier) return;
           if (!recipient.empty() && r.text(c["Recipient"]) != recipient) return;
           if (ParseDouble(r.text(c["TIV delivery values"]), &tiv)) sum += tiv;
         });
    return sum;
  }

  // How states `a` and `b` (ISO-2 codes) voted against each other on the
  // roll calls of [from, to], from the raw CSV files: counts[i][j] with 0
  // yes, 1 abstain, 2 no.
  std::array<std::array<double, 3>, 3> RawTable(const std::string& a, const std::string& b, int from, int to) {
    if (raw_year_.empty()) {
      Scan(dir_, "unga/un_roll_calls.csv", {}, [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
        int rcid = 0, year = 0;
        if (ParseInt(r.text(c["rcid"]), &rcid) && ParseInt(r.text(c["date"]).substr(0, 4), &year)) raw_year_[rcid] = year;
      });
      Scan(dir_, "unga/un_votes.csv", {}, [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
        std::string code(r.text(c["country_code"]));
        if (code != "IN" && code != "US" && code != "PK" && code != "CN") return;
        std::string_view v = r.text(c["vote"]);
        int choice = v == "yes" ? 0 : v == "abstain" ? 1 : v == "no" ? 2 : -1;
        int rcid = 0;
        if (choice >= 0 && ParseInt(r.text(c["rcid"]), &rcid)) raw_votes_[code][rcid] = choice;
      });
    }
    std::array<std::array<double, 3>, 3> t{};
    for (const auto& [rcid, x] : raw_votes_[a]) {
      auto y = raw_votes_[b].find(rcid);
      int year = raw_year_[rcid];
      if (y != raw_votes_[b].end() && year >= from && year <= to) ++t[static_cast<size_t>(x)][static_cast<size_t>(y->second)];
    }
    return t;
  }

  // Lijphart's ia over a raw table with its normal-approximation standard
  // error: the mean and spread of the per-roll-call score 1, 1/2 or 0.
  static std::pair<double, double> RawIa(const std::array<std::array<double, 3>, 3>& t) {
    double n = 0, sum = 0, sum2 = 0;
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) {
        double score = i == j ? 1 : std::abs(i - j) == 1 ? 0.5 : 0;
        n += t[i][j];
        sum += t[i][j] * score;
        sum2 += t[i][j] * score * score;
      }
    }
    double mean = sum / n;
    return {mean, std::sqrt((sum2 / n - mean * mean) / n)};
  }

  Verdict VerdictOf(const std::string& id) { return results_.at(id).verdict; }
  double Measured(const std::string& id) { return *results_.at(id).measured.value; }

  std::filesystem::path dir_;
  std::unique_ptr<Workspace> ws_;
  ClaimFile file_;
  std::map<std::string, ClaimResult> results_;
  std::map<int, int> raw_year_;
  std::map<std::string, std::map<int, int>> raw_votes_;
};

TEST_F(SeedClaimsTest, HasAtLeastFifteenClaimsAllEvaluated) {
  EXPECT_GE(file_.claims.size(), 15u);
  EXPECT_EQ(results_.size(), file_.claims.size());
}

TEST_F(SeedClaimsTest, ArmsSharesMatchTheRegister) {
  double chn_pak = Tiv("China", "Pakistan", 2013, 2017);
  double pak_all = Tiv("", "Pakistan", 2013, 2017);
  double chn_all = Tiv("China", "", 2013, 2017);
  EXPECT_NEAR(Measured("arms-chn-share-of-pak-imports"), chn_pak / pak_all, 1e-9);
  EXPECT_NEAR(chn_pak / pak_all, 0.7058, 5e-5);
  EXPECT_EQ(VerdictOf("arms-chn-share-of-pak-imports"), Verdict::kSupported);
  double y2016 = Tiv("China", "Pakistan", 2016, 2016) / Tiv("", "Pakistan", 2016, 2016);
  EXPECT_NEAR(Measured("arms-chn-share-2016-peak"), y2016, 1e-9);
  EXPECT_NEAR(y2016, 0.8389, 5e-5);
  EXPECT_EQ(VerdictOf("arms-chn-share-2016-peak"), Verdict::kSupported);
  EXPECT_NEAR(Measured("arms-pak-share-of-chn-exports"), chn_pak / chn_all, 1e-9);
  EXPECT_NEAR(chn_pak / chn_all, 0.3377, 5e-5);
  EXPECT_EQ(VerdictOf("arms-pak-share-of-chn-exports"), Verdict::kSupported);
  double us_ind_late = Tiv("United States", "India", 2013, 2017), us_ind_early = Tiv("United States", "India", 2003, 2007);
  EXPECT_NEAR(Measured("arms-ind-imports-from-usa-rise"), us_ind_late, 1e-6);
  EXPECT_EQ(VerdictOf("arms-ind-imports-from-usa-rise"), us_ind_late > us_ind_early ? Verdict::kSupported : Verdict::kNotSupported);
}

TEST_F(SeedClaimsTest, UnitsOfTheNamedDealsMatchTheRegister) {
  auto units = [&](const std::string& designation_prefix) {
    long long n = 0;
    Scan(dir_, "sipri/trade_register.csv", {.preamble_lines = 11, .line_end_mark = ';'},
         [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
           long long k = 0;
           std::string_view d = r.text(c["Designation"]);
           if (r.text(c["Supplier"]) == "China" && r.text(c["Recipient"]) == "Pakistan" &&
               d.substr(0, designation_prefix.size()) == designation_prefix && ParseInt64(r.text(c["Numbers delivered"]), &k)) {
             n += k;
           }
         });
    return static_cast<double>(n);
  };
  EXPECT_EQ(Measured("arms-type-054a-frigates"), units("Type-054A"));
  EXPECT_EQ(VerdictOf("arms-type-054a-frigates"), units("Type-054A") == 4 ? Verdict::kSupported : Verdict::kNotSupported);
  EXPECT_EQ(Measured("arms-wing-loong-ii"), units("Wing Loong-2"));
  EXPECT_EQ(VerdictOf("arms-wing-loong-ii"), Verdict::kPartly);  // delivered so far, fewer than announced
  EXPECT_EQ(units("Yuan"), 0);
  EXPECT_EQ(VerdictOf("arms-yuan-submarines"), Verdict::kNotCheckable);
  EXPECT_NE(results_.at("arms-yuan-submarines").reason.find("nothing delivered"), std::string::npos)
      << results_.at("arms-yuan-submarines").reason;
}

TEST_F(SeedClaimsTest, VetoesAndReactorsMatchTheirLists) {
  std::string first;
  int china_since_1971 = 0;
  Scan(dir_, "unsc/unsc_vetoes_1946_sept2022.csv", {}, [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
    bool china = false;
    for (const char* m : {"member_veto1", "member_veto2", "member_veto3"}) china |= r.text(c[m]) == "China";
    int year = 0;
    ParseInt(r.text(c["year"]), &year);
    if (!china || year < 1971) return;
    if (first.empty()) first = std::string(r.text(c["date"]));
    if (year <= 2018) ++china_since_1971;
  });
  EXPECT_EQ(first, "8/25/1972");
  EXPECT_EQ(VerdictOf("veto-chn-first-1972"), Verdict::kSupported);
  EXPECT_EQ(Measured("veto-chn-rare"), china_since_1971);

  int acp = 0, chinese = 0;
  double capacity = 0;
  Scan(dir_, "nuclear/nuclear_power_plants.csv", {}, [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
    if (r.text(c["CountryCode"]) != "PK") return;
    std::string_view model = r.text(c["ReactorModel"]);
    acp += model == "ACP-1000";
    chinese += model == "ACP-1000" || model == "CNP-300";
    double mw = 0;
    if (ParseDouble(r.text(c["Capacity"]), &mw)) capacity += mw;
  });
  EXPECT_EQ(Measured("nuclear-karachi-acp1000"), acp);
  EXPECT_EQ(VerdictOf("nuclear-karachi-acp1000"), acp == 2 ? Verdict::kSupported : Verdict::kNotSupported);
  EXPECT_EQ(Measured("nuclear-chinese-designs"), chinese);
  EXPECT_DOUBLE_EQ(Measured("nuclear-capacity-5000"), capacity);
  EXPECT_EQ(VerdictOf("nuclear-capacity-5000"), std::abs(capacity - 5000) <= 500 ? Verdict::kSupported : Verdict::kNotSupported);
}

TEST_F(SeedClaimsTest, EveryClaimHasAnAssertedVerdict) {
  // The verdict of each claim, as the tests above and below derive it from
  // the raw files; a claim added to the file must be added here too.
  const std::map<std::string, Verdict> expected = {
      {"unga-pak-chn-coincidence", Verdict::kSupported},
      {"unga-pak-chn-above-pak-usa", Verdict::kSupported},
      {"unga-ind-usa-rapprochement", Verdict::kPartly},
      {"unga-ind-closer-to-usa-than-chn", Verdict::kNotSupported},
      {"event-1965-us-embargo", Verdict::kSupported},
      {"event-2019-kashmir-unsc", Verdict::kSupported},
      {"arms-chn-share-of-pak-imports", Verdict::kSupported},
      {"arms-chn-share-2016-peak", Verdict::kSupported},
      {"arms-chn-peak-above-2015", Verdict::kSupported},
      {"arms-pak-share-of-chn-exports", Verdict::kSupported},
      {"arms-table1-top-supplier", Verdict::kSupported},
      {"arms-table1-chn-2013-2018", Verdict::kSupported},
      {"arms-ind-imports-from-usa-rise", Verdict::kSupported},
      {"arms-type-054a-frigates", Verdict::kSupported},
      {"arms-azmat-boats", Verdict::kPartly},
      {"arms-yuan-submarines", Verdict::kNotCheckable},
      {"arms-wing-loong-ii", Verdict::kPartly},
      {"arms-ly-80", Verdict::kSupported},
      {"arms-vt-4", Verdict::kSupported},
      {"veto-chn-first-1972", Verdict::kSupported},
      {"veto-chn-rare", Verdict::kSupported},
      {"nuclear-karachi-acp1000", Verdict::kSupported},
      {"nuclear-chinese-designs", Verdict::kSupported},
      {"nuclear-capacity-5000", Verdict::kNotSupported},
      {"power-chn-pak-vs-ind-usa", Verdict::kSupported},
      {"power-pak-weaker-than-ind", Verdict::kSupported},
  };
  EXPECT_EQ(expected.size(), results_.size());
  for (const auto& [id, verdict] : expected) {
    ASSERT_TRUE(results_.count(id)) << id;
    EXPECT_EQ(VerdictName(results_.at(id).verdict), std::string(VerdictName(verdict))) << id << ": " << results_.at(id).reason;
  }
}

TEST_F(SeedClaimsTest, SharesByYearAndTopSupplierMatchTheRegister) {
  double y2016 = Tiv("China", "Pakistan", 2016, 2016) / Tiv("", "Pakistan", 2016, 2016);
  double y2015 = Tiv("China", "Pakistan", 2015, 2015) / Tiv("", "Pakistan", 2015, 2015);
  EXPECT_GT(y2016, y2015);
  std::map<std::string, double> by_supplier;
  Scan(dir_, "sipri/trade_register.csv", {.preamble_lines = 11, .line_end_mark = ';'},
       [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
         int year = 0;
         double tiv = 0;
         if (r.text(c["Recipient"]) != "Pakistan" || !ParseInt(r.text(c["Delivery year"]), &year) || year < 2013 ||
             year > 2018 || !ParseDouble(r.text(c["TIV delivery values"]), &tiv)) {
           return;
         }
         by_supplier[std::string(r.text(c["Supplier"]))] += tiv;
       });
  auto top = std::max_element(by_supplier.begin(), by_supplier.end(),
                              [](const auto& x, const auto& y) { return x.second < y.second; });
  EXPECT_EQ(top->first, "China");
  double total = 0;
  for (const auto& [k, v] : by_supplier) total += v;
  EXPECT_NEAR(Measured("arms-table1-chn-2013-2018"), by_supplier["China"] / total, 1e-9);
}

TEST_F(SeedClaimsTest, VotesAndPowerVerdicts) {
  EXPECT_NEAR(Measured("unga-pak-chn-coincidence"), 0.9193, 5e-5);
  EXPECT_EQ(VerdictOf("unga-pak-chn-coincidence"), Verdict::kSupported);
  EXPECT_EQ(VerdictOf("unga-pak-chn-above-pak-usa"), Verdict::kSupported);
  EXPECT_EQ(VerdictOf("unga-ind-closer-to-usa-than-chn"), Verdict::kNotSupported);

  std::map<std::pair<int, int>, double> cinc;
  Scan(dir_, "cow/NMC-60-abridged.csv", {}, [&](const CsvRecord& r, std::map<std::string, size_t>& c) {
    int code = 0, year = 0;
    double v = 0;
    ParseInt(r.text(c["ccode"]), &code);
    ParseInt(r.text(c["year"]), &year);
    if (ParseDouble(r.text(c["cinc"]), &v)) cinc[{code, year}] = v;
  });
  double share = (cinc[{770, 2016}] + cinc[{710, 2016}]) /
                 (cinc[{770, 2016}] + cinc[{710, 2016}] + cinc[{750, 2016}] + cinc[{2, 2016}]);
  EXPECT_NEAR(Measured("power-chn-pak-vs-ind-usa"), share, 1e-9);
  double ratio = cinc[{770, 2016}] / cinc[{750, 2016}];
  EXPECT_NEAR(Measured("power-pak-weaker-than-ind"), ratio, 1e-9);
}

TEST_F(SeedClaimsTest, IndiaUsTrendIsNotDistinguishableFromNone) {
  // The yearly share of identical votes, recomputed from the raw files, and
  // its least-squares slope: the interval includes zero, so a claimed rise is
  // only partly supported (it was "supported" on the slope's sign alone).
  const ClaimResult& r = results_.at("unga-ind-usa-rapprochement");
  ASSERT_EQ(r.measured.series.size(), 15u);
  std::vector<std::pair<double, double>> points;
  for (int year = 2005; year <= 2019; ++year) {
    auto t = RawTable("IN", "US", year, year);
    double n = 0;
    for (const auto& row : t) n += row[0] + row[1] + row[2];
    double agree = (t[0][0] + t[1][1] + t[2][2]) / n;
    EXPECT_NEAR(r.measured.series[static_cast<size_t>(year - 2005)].second, agree, 1e-12) << year;
    points.emplace_back(year, agree);
  }
  double mx = 0, my = 0, sxx = 0, sxy = 0, sse = 0;
  for (const auto& [x, y] : points) mx += x / 15, my += y / 15;
  for (const auto& [x, y] : points) sxx += (x - mx) * (x - mx), sxy += (x - mx) * (y - my);
  double slope = sxy / sxx;
  for (const auto& [x, y] : points) sse += std::pow(y - my - slope * (x - mx), 2);
  double se = std::sqrt(sse / 13 / sxx);
  EXPECT_NEAR(*r.evidence.estimate, slope, 1e-12);
  EXPECT_NEAR(slope, 0.0033, 5e-5);
  EXPECT_NEAR(slope / se, 1.2, 0.1);  // as issue 21 says
  EXPECT_NEAR(r.evidence.interval->low, slope - 2.160369 * se, 1e-6);
  EXPECT_NEAR(r.evidence.interval->high, slope + 2.160369 * se, 1e-6);
  EXPECT_LT(r.evidence.interval->low, 0);
  EXPECT_GT(*r.evidence.p_value, 0.05);
  EXPECT_EQ(*r.evidence.n, 15);
  EXPECT_EQ(r.verdict, Verdict::kPartly);
  EXPECT_NE(r.reason.find("Mann-Kendall p = "), std::string::npos) << r.reason;
}

TEST_F(SeedClaimsTest, VoteIntervalsMatchTheRawRollCalls) {
  // ia over 1971-2017: the bootstrap interval agrees with the normal
  // approximation from the raw per-roll-call scores, and overlaps 0.87-0.93.
  const ClaimResult& coincidence = results_.at("unga-pak-chn-coincidence");
  auto [ia, se] = RawIa(RawTable("PK", "CN", 1971, 2017));
  EXPECT_NEAR(Measured("unga-pak-chn-coincidence"), ia, 1e-12);
  EXPECT_EQ(*coincidence.evidence.n, 4298);
  EXPECT_NEAR(coincidence.evidence.interval->low, ia - 1.96 * se, 0.002);
  EXPECT_NEAR(coincidence.evidence.interval->high, ia + 1.96 * se, 0.002);
  EXPECT_LT(coincidence.evidence.interval->low, 0.93);
  EXPECT_NE(coincidence.evidence.method.find("bootstrap"), std::string::npos);
  // The comparisons: differences of two dyads' ia, 2013-2017, far from zero.
  struct Case {
    const char* id;
    const char *a1, *b1, *a2, *b2;
  } cases[] = {{"unga-pak-chn-above-pak-usa", "PK", "CN", "PK", "US"},
               {"unga-ind-closer-to-usa-than-chn", "IN", "US", "IN", "CN"}};
  for (const auto& c : cases) {
    auto [ia1, se1] = RawIa(RawTable(c.a1, c.b1, 2013, 2017));
    auto [ia2, se2] = RawIa(RawTable(c.a2, c.b2, 2013, 2017));
    const Evidence& e = results_.at(c.id).evidence;
    double se_d = std::sqrt(se1 * se1 + se2 * se2);
    EXPECT_NEAR(*e.estimate, ia1 - ia2, 1e-12) << c.id;
    EXPECT_NEAR(e.interval->low, ia1 - ia2 - 1.96 * se_d, 0.005) << c.id;
    EXPECT_NEAR(e.interval->high, ia1 - ia2 + 1.96 * se_d, 0.005) << c.id;
    EXPECT_GT(std::fabs(ia1 - ia2), 4 * se_d) << c.id;
    EXPECT_LT(*e.p_value, 0.001) << c.id;  // no replicate crosses zero: the least p of 2000 replicates
    EXPECT_NE(results_.at(c.id).reason.find("bootstrap p = 0.0010"), std::string::npos) << results_.at(c.id).reason;
  }
  EXPECT_EQ(VerdictOf("unga-pak-chn-above-pak-usa"), Verdict::kSupported);
  EXPECT_EQ(VerdictOf("unga-ind-closer-to-usa-than-chn"), Verdict::kNotSupported);
}

TEST_F(SeedClaimsTest, CountsTivAndCincAreExact) {
  // Every claim that is not on votes rests on an exact value: no interval,
  // a method that says why, and for counts the count as n.
  for (const auto& [id, r] : results_) {
    if (r.claim->metric.rfind("votes.", 0) == 0 || r.verdict == Verdict::kNotCheckable) continue;
    EXPECT_FALSE(r.evidence.interval.has_value()) << id;
    EXPECT_EQ(r.evidence.method.rfind("exact", 0), 0u) << id << ": " << r.evidence.method;
  }
  EXPECT_EQ(*results_.at("veto-chn-rare").evidence.n, 11);
  EXPECT_EQ(*results_.at("arms-ly-80").evidence.n, 3);
  EXPECT_NE(results_.at("arms-chn-share-of-pak-imports").evidence.method.find("census"), std::string::npos);
}

// Issue 16: a reactor status, vendor state or model the data never has
// would count no reactor; each is checked against the list's own values,
// and the error names the place and the nearest or all valid values.
TEST(SeedClaims, Issue16ReactorParametersAreCheckedAgainstTheData) {
  auto dir = testing::BundleDir();
  if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  Workspace ws(*dir, Manifest::Bundle());
  auto check = [&](const std::string& params) -> std::string {
    std::string text = "[[claim]]\nid = \"r\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"nuclear.reactors\"\nparams = " + params +
                       "\nexpect = { min = 1 }\n";
    Result<ClaimFile> f = ParseClaimFile(text, "c.toml");
    if (!f.ok()) return f.status().message();
    Result<std::vector<ClaimResult>> r = CheckClaims(ws, *f);
    if (r.ok()) return "";
    EXPECT_EQ(r.status().ExitCode(), 2) << r.status().ToString();
    return r.status().message();
  };
  std::string got = check("{ state = \"PAK\", status = \"operating\" }");
  EXPECT_EQ(got.rfind("c.toml:6:36: claim \"r\": parameter \"status\" of nuclear.reactors: reactor status \"operating\" is "
                      "not in the data; did you mean \"Operational\"? It has ",
                      0),
            0u)
      << got;
  got = check("{ state = \"PAK\", supplier = \"ZZZ\" }");
  EXPECT_NE(got.find("vendor state (iso3) \"ZZZ\" is not in the data; it has "), std::string::npos) << got;
  EXPECT_NE(got.find("CHN"), std::string::npos) << got;
  got = check("{ state = \"PAK\", model = \"ACP-9999\" }");
  EXPECT_NE(got.find("reactor model \"ACP-9999\" is not in the data; did you mean \"ACP-1000\"?"), std::string::npos) << got;
  got = check("{ state = \"Pakistn\" }");
  EXPECT_EQ(got.rfind("c.toml:6:20: claim \"r\": parameter \"state\" of nuclear.reactors: ", 0), 0u) << got;
  EXPECT_EQ(check("{ state = \"PAK\", status = \"Operational\", supplier = \"CHN\" }"), "");
}

// Issue 16: the other closed sets and the states inside a coalition are
// checked before anything is measured, at the parameter's place.
TEST(SeedClaims, Issue16IssueTagsCategoriesAndCoalitionsAreCheckedFirst) {
  auto dir = testing::BundleDir();
  if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  Workspace ws(*dir, Manifest::Bundle());
  auto check = [&](const std::string& metric, const std::string& params) -> std::string {
    std::string text = "[[claim]]\nid = \"r\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"" + metric + "\"\nparams = " + params +
                       "\nexpect = { min = 0 }\n";
    Result<ClaimFile> f = ParseClaimFile(text, "c.toml");
    if (!f.ok()) return f.status().message();
    Result<std::vector<ClaimResult>> r = CheckClaims(ws, *f);
    if (r.ok()) return "";
    EXPECT_EQ(r.status().ExitCode(), 2) << r.status().ToString();
    return r.status().message();
  };
  std::string got = check("votes.ia", "{ a = \"PAK\", b = \"CHN\", issue = \"zz\" }");
  EXPECT_EQ(got.rfind("c.toml:6:42: claim \"r\": parameter \"issue\" of votes.ia: unknown issue tag \"zz\"", 0), 0u) << got;
  got = check("events.count", "{ a = \"PAK\", category = \"war\" }");
  EXPECT_EQ(got.rfind("c.toml:6:34: claim \"r\": parameter \"category\" of events.count: expected one of \"agreement\", ", 0), 0u)
      << got;
  got = check("power.coalition_share", "{ coalition1 = \"PAK+Narnia\", coalition2 = \"IND\", year = 2000 }");
  EXPECT_EQ(got.rfind("c.toml:6:25: claim \"r\": parameter \"coalition1\" of power.coalition_share: unknown country \"Narnia\"", 0),
            0u)
      << got;
  got = check("votes.ia", "{ a = \"PAK\", b = \"Narnia\" }");
  EXPECT_EQ(got.rfind("c.toml:6:27: claim \"r\": parameter \"b\" of votes.ia: unknown country \"Narnia\"", 0), 0u) << got;
}

}  // namespace seed_claims_test
}  // namespace entente
