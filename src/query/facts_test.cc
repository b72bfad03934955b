// Issue 15: the facts of an answer carry their numbers as numbers. For a
// query of each command family against the bundle, every fact whose text
// starts with a digit has a value (with a unit), and chosen values equal the
// numbers of the answer's own tables.
#include <algorithm>
#include <cctype>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "query/arms/arms_deals.h"
#include "query/arms/arms_dependence.h"
#include "query/arms/arms_flow.h"
#include "query/arms/arms_trade.h"
#include "query/claims/claim_check.h"
#include "query/claims/claim_file.h"
#include "query/events/events_query.h"
#include "query/ideal/ideal_query.h"
#include "query/power/balance_query.h"
#include "query/power/power_query.h"
#include "query/relations/alliance_query.h"
#include "query/relations/dispute_query.h"
#include "query/relations/igo_query.h"
#include "query/relations/nuclear_query.h"
#include "query/relations/veto_query.h"
#include "query/votes/votes_dyad.h"
#include "query/votes/votes_partners.h"
#include "support/answer_cells.h"
#include "support/bundle.h"

namespace entente {
namespace facts_test {

using testing::ColumnOf;
using testing::Number;
using testing::RowWhere;
using testing::SectionTable;

const Fact* FindFact(const Answer& a, const std::string& key) {
  for (const Fact& f : a.facts) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

// The value of fact `key`; NaN (failing any comparison) when it has none.
double Value(const Answer& a, const std::string& key) {
  const Fact* f = FindFact(a, key);
  EXPECT_NE(f, nullptr) << a.command << ": no fact " << key;
  if (f == nullptr) return std::nan("");
  EXPECT_TRUE(f->value.has_value()) << a.command << ": fact " << key << " (" << f->text << ") has no value";
  return f->value.value_or(std::nan(""));
}

// A period ("1990-2010", "2016") is words: it says which years, not how much.
bool IsPeriod(const std::string& text) {
  static const std::regex period("[0-9]{4}(-[0-9]{4})?");
  return std::regex_match(text, period);
}

// Every fact stated as a number has one, with a unit.
void ExpectNumbersAsNumbers(const Answer& a) {
  for (const Fact& f : a.facts) {
    if (!f.text.empty() && std::isdigit(static_cast<unsigned char>(f.text[0])) && !IsPeriod(f.text)) {
      EXPECT_TRUE(f.value.has_value()) << a.command << ": fact " << f.key << " is a number in words: " << f.text;
    }
    if (f.value) {
      EXPECT_FALSE(f.unit.empty()) << a.command << ": fact " << f.key << " has a value but no unit";
    }
  }
}

double ColumnSum(const Table& t, const std::string& column) {
  double sum = 0;
  const size_t c = ColumnOf(t, column);
  for (const auto& row : t.rows) sum += Number(row[c]);
  return sum;
}

TEST(Facts, Issue15JsonFactsAreNumbers) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);

  {  // votes A B: the n fact is the table's n.
    VotesDyadRequest req{"USA", "GBR", {}, VoteGrouping::kTotal, {}};
    req.filter.years = Period{2000, 2010};
    Result<Answer> a = QueryVotesDyad(*ws, req);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* t = SectionTable(*a, "votes");
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows.size(), 1u);
    EXPECT_EQ(Value(*a, "n"), Number(t->rows[0][ColumnOf(*t, "n")]));
    EXPECT_EQ(FindFact(*a, "n")->unit, "roll calls");
    // By year, the n fact counts the same roll calls as the rows together.
    req.by = VoteGrouping::kYear;
    Result<Answer> y = QueryVotesDyad(*ws, req);
    ASSERT_TRUE(y.ok()) << y.status().ToString();
    EXPECT_EQ(Value(*y, "n"), ColumnSum(*SectionTable(*y, "votes"), "n"));
  }
  {  // votes partners: min_n is the threshold asked for.
    VotesPartnersRequest req;
    req.a = "PAK";
    req.filter.years = Period{2010, 2015};
    req.min_n = 25;
    Result<Answer> a = QueryVotesPartners(*ws, req);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    EXPECT_EQ(Value(*a, "min_n"), 25);
    const Table* t = SectionTable(*a, "partners");
    ASSERT_NE(t, nullptr);
    for (const auto& row : t->rows) EXPECT_GE(Number(row[ColumnOf(*t, "n")]), 25);
  }
  {  // arms imports: the total and the count of suppliers are the table's.
    ArmsTradeRequest req;
    req.state = "PAK";
    req.from = 2013;
    req.to = 2017;
    Result<Answer> a = ArmsTrade(*ws, req);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* t = SectionTable(*a, "by_supplier");
    ASSERT_NE(t, nullptr);
    EXPECT_NEAR(Value(*a, "total_tiv"), ColumnSum(*t, "tiv"), 0.005);
    EXPECT_EQ(Value(*a, "suppliers"), static_cast<double>(t->rows.size()));
    EXPECT_EQ(FindFact(*a, "total_tiv")->unit, "TIV (millions)");
  }
  {  // arms flow: the shares are the window's, as fractions.
    Result<Answer> a = ArmsFlow(*ws, ArmsFlowRequest{"CHN", "PAK", 2013, 2017, 5});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* w = SectionTable(*a, "windows");
    ASSERT_NE(w, nullptr);
    ASSERT_EQ(w->rows.size(), 1u);
    EXPECT_NEAR(Value(*a, "share_of_imports"), Number(w->rows[0][ColumnOf(*w, "share_of_imports")]), 1e-12);
    EXPECT_NEAR(Value(*a, "share_of_imports"), 0.7058, 5e-5);
    EXPECT_NEAR(Value(*a, "share_of_exports"), Number(w->rows[0][ColumnOf(*w, "share_of_exports")]), 1e-12);
    EXPECT_EQ(FindFact(*a, "share_of_imports")->unit, "share (0-1)");
    EXPECT_EQ(Value(*a, "peak_share_of_imports"), 2016);
    EXPECT_EQ(Value(*a, "peak_year"), 2013);
  }
  {  // arms dependence: one window fact per row of windows.
    Result<Answer> a = ArmsDependence(*ws, ArmsDependenceRequest{"PAK", 2008, 2017, 5, 0, 0});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    EXPECT_EQ(Value(*a, "windows"), static_cast<double>(SectionTable(*a, "windows")->rows.size()));
  }
  {  // arms deals: the count and the TIV of the deals listed.
    ArmsDealsRequest req;
    req.supplier = "CHN";
    req.recipient = "PAK";
    req.from = 2015;
    req.to = 2017;
    Result<Answer> a = ArmsDeals(*ws, req);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* t = SectionTable(*a, "deals");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(Value(*a, "deals"), static_cast<double>(t->rows.size()));
    EXPECT_NEAR(Value(*a, "total_tiv"), ColumnSum(*t, "tiv"), 0.005);
  }
  {  // power and balance: their facts are words (measure, units, period).
    Result<Answer> p = PowerQuery(*ws, PowerRequest{"PAK", "IND", {1990, 2000}});
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    ExpectNumbersAsNumbers(*p);
    Result<Answer> b = BalanceQuery(*ws, BalanceRequest{"PAK+CHN", "IND", {1990, 2000}});
    ASSERT_TRUE(b.ok()) << b.status().ToString();
    ExpectNumbersAsNumbers(*b);
  }
  {  // alliances: the alliance years are the years with a pledge.
    Result<Answer> a = AllianceQuery(*ws, DyadRequest{"PAK", "USA", {}});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* t = SectionTable(*a, "years");
    ASSERT_NE(t, nullptr);
    int with_pledge = 0;
    for (const auto& row : t->rows) {
      bool any = false;
      for (size_t c = 0; c < t->columns.size(); ++c) {
        const std::string& name = t->columns[c].name;
        if (name == "year" || name.rfind("ccode", 0) == 0 || name.rfind("iso3", 0) == 0 ||
            name.rfind("stateabb", 0) == 0) {
          continue;
        }
        any = any || Number(row[c]) == 1;
      }
      with_pledge += any ? 1 : 0;
    }
    EXPECT_EQ(Value(*a, "alliance_years"), with_pledge);
  }
  {  // igo: the peak is the table's largest count.
    Result<Answer> a = IgoQuery(*ws, DyadRequest{"PAK", "CHN", {}});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* t = SectionTable(*a, "igo");
    ASSERT_NE(t, nullptr);
    double most = 0;
    for (const auto& row : t->rows) most = std::max(most, Number(row[ColumnOf(*t, "dyadigos")]));
    EXPECT_EQ(Value(*a, "peak"), most);
  }
  {  // disputes: one per row of disputes.
    Result<Answer> a = DisputeQuery(*ws, DyadRequest{"IND", "PAK", {1990, 2010}});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    EXPECT_EQ(Value(*a, "disputes"), static_cast<double>(SectionTable(*a, "disputes")->rows.size()));
  }
  {  // vetoes: one draft per row of vetoes.
    Result<Answer> a = VetoQuery(*ws, VetoRequest{"USA", {1990, std::nullopt}, std::nullopt});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    EXPECT_EQ(Value(*a, "drafts"), static_cast<double>(SectionTable(*a, "vetoes")->rows.size()));
  }
  {  // nuclear: the operational reactors of the totals.
    Result<Answer> a = NuclearQuery(*ws, NuclearRequest{"PAK"});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    const Table* t = SectionTable(*a, "totals");
    ASSERT_NE(t, nullptr);
    const auto* op = RowWhere(*t, "status", Cell(std::string("Operational")));
    ASSERT_NE(op, nullptr);
    EXPECT_EQ(Value(*a, "operational"), Number((*op)[ColumnOf(*t, "reactors")]));
    EXPECT_EQ(FindFact(*a, "operational")->unit, "reactors");
  }
  {  // ideal: the roll calls dropped, the bootstrap's replicates.
    IdealRequest req;
    req.sessions = std::make_pair(68, 69);
    req.states = {"PAK", "USA"};
    req.bootstrap = 2;
    Result<Answer> a = QueryIdeal(*ws, req);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    EXPECT_GE(Value(*a, "filters"), 0);
    EXPECT_EQ(Value(*a, "bootstrap"), 2);
    EXPECT_GE(Value(*a, "convergence"), 1);
  }
  {  // events: the records hold at least the events listed.
    EventsRequest req;
    req.states = {"PAK", "CHN"};
    Result<Answer> a = QueryEvents(*ws, req);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectNumbersAsNumbers(*a);
    EXPECT_GE(Value(*a, "records"), static_cast<double>(SectionTable(*a, "events")->rows.size()));
    EXPECT_GT(SectionTable(*a, "events")->rows.size(), 0u);
  }
  {  // check: the verdicts' value is the count of supported claims.
    Result<ClaimFile> file = ParseClaimFile(
        "[[claim]]\nid = \"share\"\ntext = \"t\"\nwhere = \"p. 1\"\nmetric = \"arms.share_of_imports\"\n"
        "params = { supplier = \"CHN\", recipient = \"PAK\", from = 2013, to = 2017 }\nexpect = { min = 0.70 }\n"
        "[[claim]]\nid = \"share_high\"\ntext = \"t\"\nwhere = \"p. 1\"\nmetric = \"arms.share_of_imports\"\n"
        "params = { supplier = \"CHN\", recipient = \"PAK\", from = 2013, to = 2017 }\nexpect = { min = 0.90 }\n",
        "facts.toml");
    ASSERT_TRUE(file.ok()) << file.status().ToString();
    Result<std::vector<ClaimResult>> results = CheckClaims(*ws, *file);
    ASSERT_TRUE(results.ok()) << results.status().ToString();
    Answer a = ClaimsAnswer(*file, *results);
    ExpectNumbersAsNumbers(a);
    const Table* t = SectionTable(a, "claims");
    ASSERT_NE(t, nullptr);
    const size_t verdict = ColumnOf(*t, "verdict");
    double supported = static_cast<double>(std::count_if(
        t->rows.begin(), t->rows.end(), [&](const auto& row) { return row[verdict] == Cell(std::string("supported")); }));
    EXPECT_EQ(supported, 1);
    EXPECT_EQ(Value(a, "verdicts"), supported);
  }
}

}  // namespace facts_test
}  // namespace entente
