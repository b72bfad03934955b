// The vote queries on the real bundle: the issue's reference values, and the
// bit-set path checked against a plain recomputation from the CSV files.
#include <algorithm>
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "data/un_roll_calls.h"
#include "data/un_votes.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_record.h"
#include "query/votes/votes_all_dyads.h"
#include "query/votes/votes_compare.h"
#include "query/votes/votes_dyad.h"
#include "query/votes/votes_dyad_years.h"
#include "query/votes/votes_partners.h"
#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace votes_query_test {

double Num(const Cell& c) { return std::get<double>(c); }
int64_t Int(const Cell& c) { return std::get<int64_t>(c); }

class VotesQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    ws_ = std::make_unique<Workspace>(*dir, Manifest::Bundle());
  }
  Answer Dyad(const std::string& a, const std::string& b, VoteFilter f, VoteGrouping by = VoteGrouping::kTotal) {
    Result<Answer> r = QueryVotesDyad(*ws_, VotesDyadRequest{a, b, f, by, {}});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : Answer{};
  }
  std::unique_ptr<Workspace> ws_;
};

// Columns of a total row: ccode1 iso3_1 stateabb1 ccode2 iso3_2 stateabb2 from to n agree ia s kappa pi.
TEST_F(VotesQueryTest, ReferenceValuesPakistanChinaAndIndiaUnitedStates) {
  VoteFilter f;
  f.years = Period{1971, 2017};
  Answer pk = Dyad("Pakistan", "China", f);
  const auto& row = pk.sections[0].table.rows.at(0);
  EXPECT_EQ(Int(row[8]), 4298);
  EXPECT_NEAR(Num(row[9]), 0.8592, 5e-5);
  EXPECT_NEAR(Num(row[10]), 0.9193, 5e-5);
  EXPECT_NEAR(Num(row[11]), 0.8385, 5e-5);
  Answer in = Dyad("IND", "USA", f);
  const auto& r2 = in.sections[0].table.rows.at(0);
  EXPECT_NEAR(Num(r2[9]), 0.1806, 5e-5);
  EXPECT_NEAR(Num(r2[10]), 0.3312, 5e-5);
  // The answer names its datasets.
  ASSERT_EQ(pk.datasets.size(), 3u);
  EXPECT_EQ(pk.datasets[0].ShortSha(), "fbf7da535cc8199f");
}

TEST_F(VotesQueryTest, MatchesAPlainRecomputationFromTheCsvFiles) {
  // Independent path: read the CSVs, join votes per roll call, count directly.
  Result<const CountryRegistry*> reg = ws_->Registry();
  ASSERT_TRUE(reg.ok());
  std::ifstream rc_in(*ws_->DatasetPath("un_roll_calls"));
  auto rcs = LoadUnRollCalls(rc_in, "rc");
  ASSERT_TRUE(rcs.ok());
  std::map<int64_t, int> year;
  for (const RollCall& rc : *rcs) year[rc.rcid] = rc.date.year;
  std::ifstream v_in(*ws_->DatasetPath("un_votes"));
  auto votes = LoadUnVotes(v_in, "v", **reg);
  ASSERT_TRUE(votes.ok());
  std::map<std::pair<int, int64_t>, int> choice;
  for (const UnVote& v : *votes) choice[{v.ccode.value, v.rcid}] = static_cast<int>(v.choice);
  struct Case {
    int a, b, from, to;
  } cases[] = {{770, 710, 1971, 2017}, {750, 2, 1946, 2019}, {2, 365, 1960, 1960}, {666, 2, 1990, 2000}};
  for (const auto& c : cases) {
    int64_t n = 0, same = 0, one = 0, sum = 0;
    for (const auto& [rcid, y] : year) {
      if (y < c.from || y > c.to) continue;
      auto x = choice.find({c.a, rcid});
      auto z = choice.find({c.b, rcid});
      if (x == choice.end() || z == choice.end()) continue;
      int d = std::abs(x->second - z->second);
      ++n, sum += d, same += d == 0, one += d == 1;
    }
    VoteFilter f;
    f.years = Period{c.from, c.to};
    Answer a = Dyad(std::to_string(c.a), std::to_string(c.b), f);
    const auto& row = a.sections[0].table.rows.at(0);
    ASSERT_EQ(Int(row[8]), n) << c.a << "-" << c.b;
    EXPECT_NEAR(Num(row[9]), double(same) / n, 1e-12);
    EXPECT_NEAR(Num(row[10]), (same + 0.5 * one) / n, 1e-12);
    EXPECT_NEAR(Num(row[11]), 1 - double(sum) / n, 1e-12);
  }
}

TEST_F(VotesQueryTest, SeriesAddUpToThePooledCount) {
  VoteFilter f;
  f.years = Period{1971, 2017};
  Answer by_year = Dyad("PAK", "CHN", f, VoteGrouping::kYear);
  int64_t total = 0;
  for (const auto& row : by_year.sections[0].table.rows) total += Int(row[7]);
  EXPECT_EQ(total, 4298);
  EXPECT_EQ(by_year.sections[0].table.rows.size(), 47u);
  Answer by_session = Dyad("PAK", "CHN", f, VoteGrouping::kSession);
  total = 0;
  for (const auto& row : by_session.sections[0].table.rows) total += Int(row[9]);
  EXPECT_EQ(total, 4298);
}

TEST_F(VotesQueryTest, SaysWhyTwoStatesShareNoRollCall) {
  VoteFilter f;
  f.years = Period{1950, 1960};
  Answer a = Dyad("PAK", "CHN", f);
  const auto& row = a.sections[0].table.rows.at(0);
  EXPECT_EQ(Int(row[8]), 0);
  EXPECT_EQ(row[9].index(), 0u) << "agree must be missing, not 0";
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_NE(a.notes[0].find("China (CHN, 710) voted in 1971-2020"), std::string::npos) << a.notes[0];
}

TEST_F(VotesQueryTest, RejectsBadInput) {
  VoteFilter inverted;
  inverted.years = Period{2017, 1971};
  Result<Answer> r = QueryVotesDyad(*ws_, VotesDyadRequest{"PAK", "CHN", inverted, VoteGrouping::kTotal, {}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ExitCode(), 2);
  VoteFilter future;
  future.years = Period{2030, 2040};
  r = QueryVotesDyad(*ws_, VotesDyadRequest{"PAK", "CHN", future, VoteGrouping::kTotal, {}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("the votes cover 1946-2020"), std::string::npos);
  r = QueryVotesDyad(*ws_, VotesDyadRequest{"PAK", "Atlantis", {}, VoteGrouping::kTotal, {}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ExitCode(), 2);
  r = QueryVotesDyad(*ws_, VotesDyadRequest{"PAK", "CHN", {}, VoteGrouping::kTotal, {"tau"}});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown measure \"tau\""), std::string::npos);
}

// Issue 18: the distribution of a measure over every dyad equals what each
// state's partners list gives, each dyad counted once.
TEST_F(VotesQueryTest, Issue18EveryDyadAgreesWithThePartnersLists) {
  VoteFilter f;
  f.years = Period{2013, 2018};
  Result<std::vector<double>> all = MeasureOfEveryDyad(*ws_, f, *FindVoteMeasure("agree"), 10);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_GT(all->size(), 15000u);
  EXPECT_TRUE(std::is_sorted(all->begin(), all->end()));
  std::vector<double> from_partners;
  Result<const CountryRegistry*> reg = ws_->Registry();
  ASSERT_TRUE(reg.ok());
  std::shared_ptr<const VoteMatrix> m = *OpenVoteMatrix(*ws_);
  for (CowCode a : m->members()) {
    VotesPartnersRequest req;
    req.a = std::to_string(a.value);
    req.filter = f;
    req.measure = "agree";
    Result<Answer> r = QueryVotesPartners(*ws_, req);
    if (!r.ok()) continue;  // a member without votes in the period
    const Table& t = r->sections[0].table;
    const size_t ccode = testing::ColumnOf(t, "ccode"), agree = testing::ColumnOf(t, "agree");
    for (const auto& row : t.rows) {
      if (std::get<int64_t>(row[ccode]) > a.value && !std::holds_alternative<std::monostate>(row[agree])) {
        from_partners.push_back(std::get<double>(row[agree]));
      }
    }
  }
  std::sort(from_partners.begin(), from_partners.end());
  EXPECT_EQ(*all, from_partners);
}

TEST_F(VotesQueryTest, PartnersRankByTheMeasure) {
  VotesPartnersRequest req;
  req.a = "PAK";
  req.filter.years = Period{1971, 2017};
  req.measure = "agree";
  Result<Answer> r = QueryVotesPartners(*ws_, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const auto& rows = r->sections[0].table.rows;
  ASSERT_GT(rows.size(), 150u);
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_GE(Num(rows[i - 1][6]), Num(rows[i][6]));
  req.top = 3;
  req.bottom = 2;
  r = QueryVotesPartners(*ws_, req);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sections[0].table.rows.size(), 5u);
  EXPECT_EQ(Int(r->sections[0].table.rows[0][0]), 1);
}

// The map of the dashboard colours states by ideal-point distance: each
// partner's value is the dyad query's, and the nearest ranks first.
TEST_F(VotesQueryTest, PartnersByIdealDistanceAreTheDyadsDistances) {
  VotesPartnersRequest req;
  req.a = "IND";
  req.filter.years = Period{2000, 2019};
  req.measure = "ideal_distance";
  Result<Answer> r = QueryVotesPartners(*ws_, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Table& t = r->sections[0].table;
  const size_t ccode = testing::ColumnOf(t, "ccode"), distance = testing::ColumnOf(t, "ideal_distance");
  ASSERT_GT(t.rows.size(), 150u);
  for (size_t i = 1; i < t.rows.size(); ++i) EXPECT_LE(Num(t.rows[i - 1][distance]), Num(t.rows[i][distance]));
  int checked = 0;
  for (const char* other : {"PAK", "USA", "CHN", "BLR"}) {
    Result<Answer> dyad = QueryVotesDyad(*ws_, VotesDyadRequest{"IND", other, req.filter, VoteGrouping::kTotal,
                                                                {"ideal_distance"}});
    ASSERT_TRUE(dyad.ok()) << dyad.status().ToString();
    const Table& d = dyad->sections[0].table;
    const double want = Num(d.rows[0][testing::ColumnOf(d, "ideal_distance")]);
    const int64_t code = std::get<int64_t>(d.rows[0][testing::ColumnOf(d, "ccode2")]);
    for (const auto& row : t.rows) {
      if (std::get<int64_t>(row[ccode]) != code) continue;
      EXPECT_DOUBLE_EQ(Num(row[distance]), want) << other;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 4);
}

TEST_F(VotesQueryTest, CompareStacksTheDyads) {
  VotesCompareRequest req{"PAK", {"CHN", "USA", "IND"}, {}, VoteGrouping::kTotal, {"agree"}};
  req.filter.years = Period{1971, 2017};
  Result<Answer> r = QueryVotesCompare(*ws_, req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const auto& rows = r->sections[0].table.rows;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(rows[0][4]), "CHN");
  EXPECT_EQ(std::get<std::string>(rows[2][4]), "IND");
  EXPECT_NEAR(Num(rows[0][9]), 0.8592, 5e-5);
}

TEST_F(VotesQueryTest, DyadYearsAgreeWithTheDyadSeries) {
  DyadYearsRequest req;
  req.filter.years = Period{2000, 2001};
  Result<DyadYearsQuery> q = DyadYearsQuery::Prepare(*ws_, req);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  std::map<std::tuple<int64_t, int64_t, int64_t>, std::vector<Cell>> rows;
  q->Run([&](const std::vector<Cell>& r) {
    ASSERT_LT(Int(r[0]), Int(r[1]));
    rows[{Int(r[0]), Int(r[1]), Int(r[2])}] = r;
  });
  EXPECT_GT(rows.size(), 30000u);
  Answer series = Dyad("PAK", "CHN", req.filter, VoteGrouping::kYear);
  for (const auto& s : series.sections[0].table.rows) {
    const auto& r = rows.at({710, 770, Int(s[6])});
    EXPECT_EQ(Int(r[7]), Int(s[7]));
    EXPECT_DOUBLE_EQ(Num(r[8]), Num(s[8]));
    EXPECT_DOUBLE_EQ(Num(r[12]), Num(s[12]));
  }
}

// The UN record files united Germany's votes of the autumn of 1990 under the
// Federal Republic (260) and Yemen's of 1990 under the Yemen Arab Republic
// (678); Ukraine (369) and Belarus (370) vote from 1946 but join the COW
// state system in 1991. The dyad-years code each vote as the state of its
// date and leave out states outside the system. The counts (84 roll calls
// shared by the United States and the Federal Republic's seat in 1990, 82
// with the Yemen Arab Republic's) come from the CSV files joined by a short
// script apart from entente.
TEST_F(VotesQueryTest, Issue15DyadYearsCodeSeatsAsTheStatesOfTheDay) {
  DyadYearsRequest req;
  req.filter.years = Period{1990, 1990};
  Result<DyadYearsQuery> q = DyadYearsQuery::Prepare(*ws_, req);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  std::map<std::pair<int64_t, int64_t>, std::vector<Cell>> rows;
  q->Run([&](const std::vector<Cell>& r) { rows[{Int(r[0]), Int(r[1])}] = r; });
  for (const auto& [key, r] : rows) {
    for (int64_t gone : {260, 678, 369, 370}) {
      EXPECT_NE(key.first, gone) << key.second;
      EXPECT_NE(key.second, gone) << key.first;
    }
    EXPECT_EQ(Int(r.back()), 0);  // 1990 is a full year
  }
  ASSERT_EQ(rows.count({2, 255}), 1u);
  EXPECT_EQ(Int(rows[{2, 255}][7]), 84);
  EXPECT_DOUBLE_EQ(Num(rows[{2, 255}][8]), 33.0 / 84);
  ASSERT_EQ(rows.count({2, 679}), 1u);
  EXPECT_EQ(Int(rows[{2, 679}][7]), 82);
  const std::vector<std::string>& notes = q->header().notes;
  EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const std::string& n) {
    return n.find("Ukraine (UKR, 369) in 1990, Belarus (BLR, 370) in 1990") != std::string::npos;
  }));
  // The seat's earlier votes stay the Federal Republic's.
  VoteFilter f;
  f.years = Period{1973, 1989};
  Answer frg = Dyad("260", "2", f);
  EXPECT_GT(Int(frg.sections[0].table.rows.at(0)[8]), 1900);
}

// 2020 holds only the January leftovers of session 74: the one partial year.
TEST_F(VotesQueryTest, Issue15PartialYearIsTheRecordsStubEnd) {
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(*ws_);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  std::vector<PartialYear> partial = PartialYears(**m);
  ASSERT_EQ(partial.size(), 1u);
  EXPECT_EQ(partial[0].year, 2020);
  EXPECT_EQ(partial[0].roll_calls, 1);
  EXPECT_EQ(partial[0].sessions, std::vector<int>{74});
  Answer by_year = Dyad("PAK", "CHN", VoteFilter{}, VoteGrouping::kYear);
  const Table& t = by_year.sections[0].table;
  ASSERT_EQ(t.columns.back().name, "partial_year");
  for (const auto& row : t.rows) EXPECT_EQ(Int(row.back()), Int(row[6]) == 2020 ? 1 : 0) << Int(row[6]);
  EXPECT_TRUE(std::any_of(by_year.notes.begin(), by_year.notes.end(), [](const std::string& n) {
    return n.rfind("partial year: 2020 (1 roll call of session 74)", 0) == 0;
  }));
}

}  // namespace votes_query_test
}  // namespace entente
