// Tests of the report on the bundle: its numbers are the numbers of the
// queries it is built from (and the acceptance values of the votes and arms
// issues), a pair with little data gives a report that says what is missing,
// and bad requests are one-line usage errors.
#include "query/report/report.h"

#include <fstream>

#include <gtest/gtest.h>

#include "query/report/report_parts.h"
#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace report_test {

const ReportPart* Part(const Report& r, const std::string& name) {
  for (const ReportPart& p : r.parts) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const Chart* ChartOf(const ReportPart& p, const std::string& name) {
  for (const Chart& c : p.charts) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const Headline* HeadlineOf(const Report& r, const std::string& label) {
  for (const Headline& h : r.summary) {
    if (h.label == label) return &h;
  }
  return nullptr;
}

double Value(const Headline& h) { return *NumberCell(h.value); }

TEST(ParseDyad, SplitsOnOneDash) {
  auto ok = ParseDyad("IND-USA");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->first, "IND");
  EXPECT_EQ(ok->second, "USA");
  for (const char* bad : {"", "IND", "IND-", "-USA", "A-B-C"}) {
    auto r = ParseDyad(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), Status::Code::kUsage);
    EXPECT_NE(r.status().message().find("IND-USA"), std::string::npos);
  }
}

class ReportOnBundle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto dir = testing::BundleDir();
    if (!dir) return;
    ws_ = testing::OpenBundleWorkspace(*dir).release();
    ReportRequest req;
    req.a = "PAK";
    req.b = "China";
    req.from = 2013;
    req.to = 2018;
    req.compare = {{"IND", "USA"}, {"PAK", "USA"}, {"IND", "CHN"}};
    Result<Report> r = BuildReport(*ws_, req);
    if (r.ok()) report_ = new Report(std::move(*r));
  }
  static void TearDownTestSuite() {
    delete report_;
    delete ws_;
    report_ = nullptr;
    ws_ = nullptr;
  }
  void SetUp() override {
    ENTENTE_REQUIRE_BUNDLE(dir);
    ASSERT_NE(report_, nullptr) << "the Pakistan-China report failed";
  }
  static Workspace* ws_;
  static Report* report_;
};

Workspace* ReportOnBundle::ws_ = nullptr;
Report* ReportOnBundle::report_ = nullptr;

TEST_F(ReportOnBundle, HeadlinesAreTheQueriesNumbers) {
  const Report& r = *report_;
  EXPECT_EQ(r.title, "Pakistan and China, 2013-2018");
  EXPECT_EQ((r.compare), (std::vector<std::string>{"IND-USA", "PAK-USA", "IND-CHN"}));
  const Headline* votes = HeadlineOf(r, "UN General Assembly voting alignment (agree)");
  ASSERT_NE(votes, nullptr);
  // Issue 18: the pair among every dyad of the period (the distribution is
  // checked against the partners lists in votes_query_test).
  EXPECT_EQ(votes->detail, "over 539 roll calls both voted on; percentile 56 of the 18528 dyads voting in 2013-2018");
  EXPECT_EQ(votes->period, "2013-2018");
  EXPECT_EQ(votes->dataset, "un_votes");
  // China's share of Pakistan's imports and Pakistan's share of China's
  // exports, 2013-2018, as `arms flow CHN PAK` gives them.
  const Headline* imports = HeadlineOf(r, "China's share of Pakistan's arms imports");
  ASSERT_NE(imports, nullptr);
  EXPECT_NEAR(Value(*imports), 3640.23 / 5340.51, 1e-12);
  EXPECT_EQ(imports->text, "68.16%");
  const Headline* exports = HeadlineOf(r, "Pakistan's share of China's arms exports");
  ASSERT_NE(exports, nullptr);
  EXPECT_NEAR(Value(*exports), 3640.23 / 10657.22, 1e-12);
  // Pakistan sold China nothing: no headline for that direction.
  EXPECT_EQ(HeadlineOf(r, "Pakistan's share of China's arms imports"), nullptr);
  const Headline* cinc = HeadlineOf(r, "CINC of Pakistan and China");
  ASSERT_NE(cinc, nullptr);
  EXPECT_EQ(cinc->period, "2016");  // NMC ends in 2016
  EXPECT_NEAR(Value(*cinc), 0.015149659 / 0.23061772, 1e-12);
}

// Issue 18: every headline figure among every dyad of the same period, the
// percentiles computed apart from entente by short Python scripts over the
// raw files: COW IGO's 18,915 dyads of 2014 (17,915 share fewer than 55 IGOs,
// 91 exactly 55); NMC's 195 states of 2016 in 37,830 ordered pairs; the SIPRI
// register's 1,036 supplier-recipient pairs of states with deliveries in
// 2013-2018 (non-state actors: names ending in '*', the alias table's list,
// and Western Sahara, which has no COW code).
TEST_F(ReportOnBundle, Issue18HeadlinePercentilesAgainstTheRawFiles) {
  const Report& r = *report_;
  struct Want {
    const char* label;
    double percentile;
    int64_t dyads;
    const char* among;
  } wants[] = {
      {"UN General Assembly voting alignment (agree)", 55.99363126079447, 18528, "dyads voting in 2013-2018"},
      {"China's share of Pakistan's arms imports", 93.96718146718148, 1036,
       "supplier-recipient pairs of states with deliveries in 2013-2018"},
      {"Pakistan's share of China's arms exports", 95.22200772200772, 1036,
       "supplier-recipient pairs of states with deliveries in 2013-2018"},
      {"CINC of Pakistan and China", 20.98731165741475, 37830, "ordered pairs of states with a CINC in 2016"},
      {"Shared IGO memberships", 94.95374041765794, 18915, "dyads COW IGO lists in 2014"},
  };
  for (const Want& w : wants) {
    const Headline* h = HeadlineOf(r, w.label);
    ASSERT_NE(h, nullptr) << w.label;
    ASSERT_TRUE(h->percentile.has_value()) << w.label;
    EXPECT_NEAR(h->percentile->value, w.percentile, 1e-9) << w.label;
    EXPECT_EQ(h->percentile->dyads, w.dyads) << w.label;
    EXPECT_EQ(h->percentile->among, w.among) << w.label;
    EXPECT_NE(h->detail.find(fmt::format("percentile {:.0f} of the {}", w.percentile, w.dyads)), std::string::npos)
        << h->detail;
  }
  const Headline* igo = HeadlineOf(r, "Shared IGO memberships");
  EXPECT_EQ(Value(*igo), 55);
  EXPECT_EQ(igo->period, "2014");  // COW IGO ends in 2014
  EXPECT_EQ(HeadlineOf(r, "UN ideal-point distance"), nullptr);  // only with --ideal
}

// Issue 18: the voting chart's band of every dyad, checked against a Python
// script over un_votes.csv and un_roll_calls.csv (voters by name, roll calls
// by the year of their date, pairs with 10 or more common votes, quartiles as
// R's type 7): 1980 has 11,175 such pairs.
TEST_F(ReportOnBundle, Issue18VotingChartHasTheBandOfEveryDyad) {
  const Chart* chart = ChartOf(*Part(*report_, "votes"), "votes_over_time");
  ASSERT_NE(chart, nullptr);
  ASSERT_FALSE(chart->band.empty());
  EXPECT_EQ(chart->band.front().year, 1946);
  EXPECT_EQ(chart->band.back().year, 2019);  // 2020 is a partial year
  EXPECT_FALSE(chart->band_label.empty());
  for (const ChartBandYear& b : chart->band) {
    EXPECT_LE(b.low, b.median);
    EXPECT_LE(b.median, b.high);
    if (b.year != 1980) continue;
    EXPECT_EQ(b.count, 11175);
    EXPECT_DOUBLE_EQ(b.low, 0.5789473684210527);
    EXPECT_DOUBLE_EQ(b.median, 0.8043478260869565);
    EXPECT_DOUBLE_EQ(b.high, 0.8877551020408163);
  }
}

// Issue 18: with --ideal, the pair's ideal-point distance over the sessions of
// the period's roll calls is a headline, equal to `entente votes PAK CHN
// --from 2013 --to 2018 --measure ideal_distance`, with its percentile.
TEST(Report, Issue18IdealDistanceHeadline) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ReportRequest req;
  req.a = "PAK";
  req.b = "CHN";
  req.from = 2013;
  req.to = 2018;
  req.ideal_points = true;
  Result<Report> r = BuildReport(*ws, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Headline* h = HeadlineOf(*r, "UN ideal-point distance");
  ASSERT_NE(h, nullptr);
  EXPECT_NEAR(Value(*h), 0.11530491945008335, 1e-12);
  ASSERT_TRUE(h->percentile.has_value());
  EXPECT_EQ(h->percentile->among, "dyads with ideal points in sessions 67-73");
  EXPECT_LT(h->percentile->value, 10);  // among the closest pairs
  const Chart* ideal = ChartOf(*Part(*r, "votes"), "ideal_points");
  ASSERT_NE(ideal, nullptr);
  for (const ChartPoint& p : ideal->points) EXPECT_TRUE(p.series == "PAK" || p.series == "CHN") << p.series;
}

TEST_F(ReportOnBundle, VotingChartHasEveryDyadOverTheWholeRecord) {
  const ReportPart* votes = Part(*report_, "votes");
  ASSERT_NE(votes, nullptr);
  const Chart* chart = ChartOf(*votes, "votes_over_time");
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->series, (std::vector<std::string>{"PAK-CHN", "IND-USA", "PAK-USA", "IND-CHN"}));
  ASSERT_TRUE(chart->highlight.has_value());
  EXPECT_EQ(*chart->highlight, (Period{2013, 2018}));
  int first = 9999, last = 0;
  for (const ChartPoint& p : chart->points) {
    if (p.series == "PAK-CHN") first = std::min(first, p.year), last = std::max(last, p.year);
  }
  EXPECT_EQ(first, 1971);  // the People's Republic's first session
  EXPECT_EQ(last, 2019);  // 2020, a partial year, is left out (Issue15PartialYearIsNotPlotted)
  // The 2013 point is `votes PAK CHN --by year`'s: 54 of 60 identical.
  for (const ChartPoint& p : chart->points) {
    if (p.series == "PAK-CHN" && p.year == 2013) {
      EXPECT_DOUBLE_EQ(*p.value, 0.9);
    }
  }
  for (const char* table : {"alignment", "by_issue", "partners_pak", "partners_chn"}) {
    EXPECT_TRUE(std::any_of(votes->tables.begin(), votes->tables.end(),
                            [&](const Section& s) { return s.name == table; }))
        << table;
  }
}

// 2020 holds one roll call (the end of session 74): no yearly point is drawn
// on it, and the chart and the part say so.
TEST_F(ReportOnBundle, Issue15PartialYearIsNotPlotted) {
  const ReportPart* votes = Part(*report_, "votes");
  ASSERT_NE(votes, nullptr);
  const Chart* chart = ChartOf(*votes, "votes_over_time");
  ASSERT_NE(chart, nullptr);
  for (const ChartPoint& p : chart->points) EXPECT_NE(p.year, 2020) << p.series;
  EXPECT_NE(chart->caption.find("Not plotted: 2020, a partial year"), std::string::npos) << chart->caption;
  EXPECT_TRUE(std::any_of(votes->notes.begin(), votes->notes.end(), [](const std::string& n) {
    return n.find("the yearly alignment chart leaves out 2020, a partial year") != std::string::npos;
  }));
}

TEST_F(ReportOnBundle, ArmsPowerRelationsAndEvents) {
  const ReportPart* arms = Part(*report_, "arms");
  ASSERT_NE(arms, nullptr);
  const Chart* pak = ChartOf(*arms, "arms_imports_pak");
  ASSERT_NE(pak, nullptr);
  EXPECT_EQ(pak->kind, ChartKind::kStackedBar);
  EXPECT_EQ(pak->series.front(), "CHN");
  double tiv_2016 = 0;
  for (const ChartPoint& p : pak->points) {
    if (p.year == 2016) tiv_2016 += p.value.value_or(0);
  }
  EXPECT_NEAR(tiv_2016, 853.24, 1e-9);  // Pakistan's imports in 2016, every supplier
  ASSERT_EQ(arms->missing.size(), 1u);
  EXPECT_NE(arms->missing[0].find("no arms deliveries from Pakistan (PAK, 770) to China"), std::string::npos);

  const ReportPart* power = Part(*report_, "power");
  ASSERT_NE(power, nullptr);
  const Chart* coalitions = ChartOf(*power, "cinc_coalitions");
  ASSERT_NE(coalitions, nullptr);
  EXPECT_EQ(coalitions->series, (std::vector<std::string>{"PAK+CHN", "IND+USA"}));
  ASSERT_FALSE(power->notes.empty());
  EXPECT_NE(power->notes.back().find("leaves out PAK-USA, IND-CHN"), std::string::npos);

  const ReportPart* relations = Part(*report_, "relations");
  ASSERT_NE(relations, nullptr);
  std::map<std::string, std::string> facts;
  for (const ReportFact& f : relations->facts) facts[f.label] += f.value + "; ";
  EXPECT_NE(facts["Nuclear power reactors in Pakistan designed in China"].find("6 operating with 3259 MWe"),
            std::string::npos);
  EXPECT_NE(facts["Contiguity (COW)"].find("land or river border"), std::string::npos);
  // The pledge's own years (ATOP 2004-2018), not the report's period.
  EXPECT_NE(facts["Alliance pledge (ATOP): non_aggression"].find("PAK toward CHN, 2004-2018"), std::string::npos)
      << facts["Alliance pledge (ATOP): non_aggression"];
  EXPECT_EQ(facts["Militarised disputes (COW MID)"].rfind("none: ", 0), 0u);

  const ReportPart* events = Part(*report_, "events");
  ASSERT_NE(events, nullptr);
  ASSERT_EQ(events->tables.size(), 1u);
  EXPECT_FALSE(events->tables[0].table.empty());
  EXPECT_EQ(Part(*report_, "claims"), nullptr);  // no --claims
}

TEST_F(ReportOnBundle, EveryDatasetAndMeasureIsNamed) {
  std::vector<std::string> ids;
  for (const DatasetRef& d : report_->datasets) {
    ids.push_back(d.id);
    EXPECT_EQ(d.sha256.size(), 64u) << d.id;
    EXPECT_FALSE(d.citation.empty()) << d.id;
  }
  for (const char* id : {"un_votes", "sipri_transfers", "cow_nmc", "atop_alliance", "cow_igo", "cow_mid",
                         "unsc_vetoes", "nuclear_plants"}) {
    EXPECT_EQ(std::count(ids.begin(), ids.end(), id), 1) << id;
  }
  std::vector<std::string> measures;
  for (const MeasureDefinition& m : report_->measures) measures.push_back(m.name);
  for (const char* m : {"agree", "ia", "s", "kappa", "pi", "share_of_imports", "cinc"}) {
    EXPECT_NE(std::find(measures.begin(), measures.end(), m), measures.end()) << m;
  }
  for (const ReportPart& p : report_->parts) {
    for (const std::string& id : p.datasets) {
      EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << p.name << " uses " << id;
    }
  }
}

// The votes issue's acceptance values, through the report.
TEST(Report, SeedPeriodMatchesTheVotesAndArmsAcceptanceValues) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ReportRequest req{"PAK", "CHN", 1971, 2017, {}, std::nullopt, {}, "agree", false};
  auto r = BuildReport(*ws, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Headline* votes = HeadlineOf(*r, "UN General Assembly voting alignment (agree)");
  ASSERT_NE(votes, nullptr);
  EXPECT_EQ(votes->detail, "over 4298 roll calls both voted on; percentile 68 of the 19330 dyads voting in 1971-2017");
  EXPECT_NEAR(Value(*votes), 0.8592, 5e-5);
  req.vote_measure = "ia";
  req.from = 2013;
  r = BuildReport(*ws, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Headline* imports = HeadlineOf(*r, "China's share of Pakistan's arms imports");
  ASSERT_NE(imports, nullptr);
  EXPECT_NEAR(Value(*imports), 0.7058, 5e-5);
  EXPECT_NE(HeadlineOf(*r, "UN General Assembly voting alignment (ia)"), nullptr);
}

// East Germany and South Sudan never existed together: every part says what
// is missing, and no chart is empty.
TEST(Report, PairWithLittleDataSaysWhatIsMissing) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ReportRequest req{"GDR", "SSD", 1985, 2015, {}, std::nullopt, {}, "agree", false};
  auto r = BuildReport(*ws, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ReportPart* votes = Part(*r, "votes");
  ASSERT_NE(votes, nullptr);
  EXPECT_EQ(ChartOf(*votes, "votes_over_time"), nullptr);
  ASSERT_FALSE(votes->missing.empty());
  EXPECT_EQ(HeadlineOf(*r, "UN General Assembly voting alignment (agree)"), nullptr);
  const ReportPart* events = Part(*r, "events");
  ASSERT_NE(events, nullptr);
  ASSERT_EQ(events->missing.size(), 1u);
  EXPECT_NE(events->missing[0].find("no event in the records involves German Democratic Republic"), std::string::npos);
  for (const ReportPart& p : r->parts) {
    for (const Chart& c : p.charts) {
      EXPECT_TRUE(std::any_of(c.points.begin(), c.points.end(), [](const ChartPoint& x) { return x.value; }))
          << c.name;
    }
  }
}

TEST(Report, BadRequestsAreUsageErrors) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    ReportRequest request;
    const char* message;
  } cases[] = {
      {{"PAK", "Narnia", {}, {}, {}, std::nullopt, {}, "agree", false}, "unknown country \"Narnia\""},
      {{"PAK", "Pakistan", {}, {}, {}, std::nullopt, {}, "agree", false}, "give two different states"},
      {{"PAK", "CHN", 2018, 2013, {}, std::nullopt, {}, "agree", false}, "--from 2018 is after --to 2013"},
      {{"PAK", "CHN", {}, {}, {{"IND", "Atlantis"}}, std::nullopt, {}, "agree", false}, "--compare IND-Atlantis"},
      {{"PAK", "CHN", {}, {}, {}, std::nullopt, {}, "median", false}, "unknown measure 'median'"},
      {{"PAK", "CHN", 2013, 2018, {}, std::string("/nonexistent/claims.toml"), {}, "agree", false},
       "cannot read claim file"},
  };
  for (const auto& c : cases) {
    auto r = BuildReport(*ws, c.request);
    ASSERT_FALSE(r.ok()) << c.message;
    EXPECT_EQ(r.status().code(), Status::Code::kUsage) << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
}

}  // namespace report_test
}  // namespace entente
