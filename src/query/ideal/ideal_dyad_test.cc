// ideal_distance in the dyad vote query, against the real record: each session
// row is the distance of the two states' static ideal points, the period row
// their mean; allies stand close, adversaries far; missing stays missing.
#include "query/ideal/ideal_dyad.h"

#include <cmath>
#include <memory>

#include <gtest/gtest.h>

#include "query/votes/vote_scores.h"
#include "query/votes/votes_dyad.h"
#include "support/bundle.h"

namespace entente {
namespace ideal_dyad_test {

class IdealDyadTest : public ::testing::Test {
 protected:
  // One workspace for the suite: the static fit it keeps is shared by the queries.
  static void SetUpTestSuite() {
    if (auto dir = testing::BundleDir()) ws_ = new Workspace(*dir, Manifest::Bundle());
  }
  static void TearDownTestSuite() {
    delete ws_;
    ws_ = nullptr;
  }
  void SetUp() override {
    if (ws_ == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  }
  static Answer Query(const std::string& a, const std::string& b, VoteGrouping by, int first, int last) {
    VoteFilter f;
    f.sessions = std::make_pair(first, last);
    Result<Answer> r = QueryVotesDyad(*ws_, VotesDyadRequest{a, b, f, by, {"agree", "ideal_distance"}});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : Answer{};
  }
  static std::optional<double> Value(const Table& t, size_t row, const std::string& column) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].name != column) continue;
      if (std::holds_alternative<double>(t.rows[row][c])) return std::get<double>(t.rows[row][c]);
      return std::nullopt;
    }
    ADD_FAILURE() << "no column " << column;
    return std::nullopt;
  }
  static Workspace* ws_;
};

Workspace* IdealDyadTest::ws_ = nullptr;

TEST_F(IdealDyadTest, SessionRowsAreDistancesAndThePeriodTheirMean) {
  constexpr int kFirst = 60, kLast = 74;
  Answer by_session = Query("PAK", "CHN", VoteGrouping::kSession, kFirst, kLast);
  Answer total = Query("PAK", "CHN", VoteGrouping::kTotal, kFirst, kLast);
  Result<std::map<int, DyadPositions>> pos = DyadIdealPositions(*ws_, CowCode{770}, CowCode{710}, kLast);
  ASSERT_TRUE(pos.ok());
  const Table& t = by_session.sections.at(0).table;
  ASSERT_EQ(t.rows.size(), static_cast<size_t>(kLast - kFirst + 1));
  double sum = 0;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    int session = static_cast<int>(std::get<int64_t>(t.rows[r][6]));
    const DyadPositions& p = pos->at(session);
    ASSERT_TRUE(p.a && p.b) << session;
    std::optional<double> d = Value(t, r, "ideal_distance");
    ASSERT_TRUE(d.has_value()) << session;
    EXPECT_DOUBLE_EQ(*d, std::abs(*p.a - *p.b)) << session;
    sum += *d;
  }
  std::optional<double> mean = Value(total.sections.at(0).table, 0, "ideal_distance");
  ASSERT_TRUE(mean.has_value());
  EXPECT_NEAR(*mean, sum / static_cast<double>(t.rows.size()), 1e-12);
  // China and Pakistan stand close; the United States and Cuba at opposite ends.
  EXPECT_LT(*mean, 0.5);
  std::optional<double> far = Value(Query("USA", "CUB", VoteGrouping::kTotal, kFirst, kLast).sections.at(0).table, 0,
                                    "ideal_distance");
  ASSERT_TRUE(far.has_value());
  EXPECT_GT(*far, 2.0);
}

TEST_F(IdealDyadTest, MissingPositionsAndUnsupportedGroupings) {
  // The People's Republic of China has no position before session 26 (1971):
  // a period reaching back counts only the sessions where both stand.
  Result<std::map<int, DyadPositions>> pos = DyadIdealPositions(*ws_, CowCode{770}, CowCode{710}, 27);
  ASSERT_TRUE(pos.ok());
  ASSERT_TRUE(pos->count(20));
  EXPECT_TRUE(pos->at(20).a.has_value());
  EXPECT_FALSE(pos->at(20).b.has_value());
  std::optional<double> d20 = MeanIdealDistance(PositionsOf(*pos, {20}));
  EXPECT_FALSE(d20.has_value());
  std::optional<double> both = MeanIdealDistance(PositionsOf(*pos, {20, 27}));
  ASSERT_TRUE(both.has_value());
  EXPECT_DOUBLE_EQ(*both, *IdealDistance(pos->at(27)));

  VoteFilter f;
  Result<Answer> by_issue = QueryVotesDyad(*ws_, VotesDyadRequest{"PAK", "CHN", f, VoteGrouping::kIssue,
                                                                    {"ideal_distance"}});
  EXPECT_EQ(by_issue.status().code(), Status::Code::kUsage);
  EXPECT_NE(by_issue.status().message().find("no value by issue"), std::string::npos);
  // Not offered where the query computes no ideal points, nor by default.
  EXPECT_EQ(SelectMeasures({"ideal_distance"}).status().code(), Status::Code::kUsage);
  Result<MeasureList> defaults = SelectMeasures({}, true);
  ASSERT_TRUE(defaults.ok());
  for (const VoteMeasureInfo* m : *defaults) EXPECT_NE(std::string(m->name), "ideal_distance");
}

}  // namespace ideal_dyad_test
}  // namespace entente
