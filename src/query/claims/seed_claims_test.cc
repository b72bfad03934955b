// The seed paper's claim file, checked end to end: every claim is evaluated
// and each verdict is asserted, with the numbers behind it recomputed here
// directly from the bundle's CSV files (not through entente's queries).
#include <algorithm>
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

  Verdict VerdictOf(const std::string& id) { return results_.at(id).verdict; }
  double Measured(const std::string& id) { return *results_.at(id).measured.value; }

  std::filesystem::path dir_;
  std::unique_ptr<Workspace> ws_;
  ClaimFile file_;
  std::map<std::string, ClaimResult> results_;
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
      {"unga-ind-usa-rapprochement", Verdict::kSupported},
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

}  // namespace seed_claims_test
}  // namespace entente
