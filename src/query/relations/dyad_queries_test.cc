// Acceptance tests of the alliance, IGO, dispute and contiguity queries on the
// bundle: known facts, and the one-line messages for pairs with nothing.
#include <gtest/gtest.h>

#include "query/relations/alliance_query.h"
#include "query/relations/contiguity_query.h"
#include "query/relations/dispute_query.h"
#include "query/relations/igo_query.h"
#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace dyad_queries_test {

using testing::ColumnOf;
using testing::SectionTable;

TEST(DyadQueries, EmptyPairsGetOneLineMessages) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    Result<Answer> (*query)(Workspace&, const DyadRequest&);
    DyadRequest request;
    const char* message;
  } cases[] = {
      {AllianceQuery, {"PAK", "ISR", {}}, "no alliance in these years: ATOP records no alliance between Pakistan"},
      {AllianceQuery, {"PAK", "CHN", {{1950}, {2003}}}, "no alliance in these years"},
      {DisputeQuery, {"PAK", "CHN", {}}, "no militarised dispute between Pakistan (PAK, 770) and China"},
      {ContiguityQuery, {"PAK", "USA", {}}, "are not directly contiguous in 1816-2016"},
      {IgoQuery, {"PAK", "BGD", {{1950}, {1960}}}, "COW IGO lists Pakistan (PAK, 770) and Bangladesh"},
  };
  for (const auto& c : cases) {
    auto a = NoRowsAsNotFound(c.query(*ws, c.request));
    ASSERT_FALSE(a.ok()) << c.message;
    EXPECT_EQ(a.status().code(), Status::Code::kNotFound);
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
  auto past = IgoQuery(*ws, DyadRequest{"PAK", "CHN", {{2015}, {2020}}});
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.status().code(), Status::Code::kUsage);
  EXPECT_NE(past.status().message().find("ends in 2014"), std::string::npos) << past.status().message();
}

// An empty answer is an answer: its tables keep their columns, it says why it
// is empty, and the alliance years are zeros wherever ATOP observes the pair.
TEST(DyadQueries, Issue15EmptyAnswersKeepTheirColumns) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  for (auto query : {DisputeQuery, ContiguityQuery, AllianceQuery}) {
    Result<Answer> a = query(*ws, DyadRequest{"PAK", "USA", {{1947}, {1950}}});
    if (query == DisputeQuery || query == ContiguityQuery) {
      ASSERT_TRUE(a.ok()) << a.status().ToString();
      EXPECT_FALSE(a->no_rows.empty());
      ASSERT_FALSE(a->sections.empty());
      for (const Section& s : a->sections) {
        EXPECT_TRUE(s.table.rows.empty()) << s.name;
        EXPECT_FALSE(s.table.columns.empty()) << s.name;
      }
    }
  }
  Result<Answer> none = AllianceQuery(*ws, DyadRequest{"PAK", "ISR", {{2000}, {2003}}});
  ASSERT_TRUE(none.ok()) << none.status().ToString();
  EXPECT_NE(none->no_rows.find("ATOP records no alliance between Pakistan"), std::string::npos) << none->no_rows;
  EXPECT_TRUE(SectionTable(*none, "obligations")->rows.empty());
  const Table* years = SectionTable(*none, "years");
  ASSERT_EQ(years->rows.size(), 4u);
  for (const auto& row : years->rows) {
    for (size_t i = 1; i < row.size(); ++i) EXPECT_EQ(row[i], Cell(int64_t{0}));
  }
}

TEST(DyadQueries, PakistanUnitedStatesDefencePledgeSpells) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = AllianceQuery(*ws, DyadRequest{"PAK", "USA", {}});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* t = SectionTable(*a, "obligations");
  bool pak_defense = false;
  for (const auto& row : t->rows) {
    if (row[0] == Cell(std::string("defense")) && row[ColumnOf(*t, "ccode1")] == Cell(int64_t{770})) {
      pak_defense = true;
      EXPECT_EQ(row[ColumnOf(*t, "from")], Cell(int64_t{1954}));  // SEATO
      EXPECT_EQ(row[ColumnOf(*t, "to")], Cell(int64_t{1972}));
    }
  }
  EXPECT_TRUE(pak_defense);
}

TEST(DyadQueries, IndiaPakistanDisputesAndBorders) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto d = DisputeQuery(*ws, DyadRequest{"IND", "PAK", {{1971}, {1971}}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const Table* disputes = SectionTable(*d, "disputes");
  ASSERT_EQ(disputes->rows.size(), 1u);
  EXPECT_EQ(disputes->rows[0][ColumnOf(*disputes, "hostility")], Cell(std::string("war")));
  EXPECT_EQ(disputes->rows[0][ColumnOf(*disputes, "sidea_iso3")], Cell(std::string("PAK")));

  auto c = ContiguityQuery(*ws, DyadRequest{"PAK", "CHN", {}});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const Table* spells = SectionTable(*c, "contiguity");
  ASSERT_EQ(spells->rows.size(), 1u);
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "conttype")], Cell(int64_t{1}));
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "start")], Cell(std::string("1947-08-01")));

  auto igo = IgoQuery(*ws, DyadRequest{"CHN", "PAK", {{2014}, {2014}}});
  ASSERT_TRUE(igo.ok()) << igo.status().ToString();
  const Table* shared = SectionTable(*igo, "igo");
  ASSERT_EQ(shared->rows.size(), 1u);
  EXPECT_EQ(shared->rows[0][ColumnOf(*shared, "dyadigos")], Cell(int64_t{55}));
  EXPECT_EQ(shared->rows[0][ColumnOf(*shared, "iso3_1")], Cell(std::string("CHN")));
}

// A window selects records and never rewrites their dates: MID 4277 ran
// 2001-2003, and a query for 2002 shows it so, with only 2002's dispute-year.
TEST(DyadQueries, Issue15DisputeWindowKeepsTheDisputesOwnYears) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto d = DisputeQuery(*ws, DyadRequest{"IND", "PAK", {{2002}, {2002}}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const Table* disputes = SectionTable(*d, "disputes");
  ASSERT_EQ(disputes->rows.size(), 1u);
  EXPECT_EQ(disputes->rows[0][ColumnOf(*disputes, "dispnum")], Cell(int64_t{4277}));
  EXPECT_EQ(disputes->rows[0][ColumnOf(*disputes, "from")], Cell(int64_t{2001}));
  EXPECT_EQ(disputes->rows[0][ColumnOf(*disputes, "to")], Cell(int64_t{2003}));
  const Table* years = SectionTable(*d, "years");
  ASSERT_EQ(years->rows.size(), 1u);
  EXPECT_EQ(years->rows[0][ColumnOf(*years, "year")], Cell(int64_t{2002}));
  bool noted = false;
  for (const std::string& n : d->notes) noted = noted || n.find("4277 (2001-2003)") != std::string::npos;
  EXPECT_TRUE(noted);
}

// The same for alliance spells: Pakistan's SEATO pledge 1954-1972 seen from 1960.
TEST(DyadQueries, Issue15AllianceWindowKeepsTheSpellsOwnYears) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = AllianceQuery(*ws, DyadRequest{"PAK", "USA", {{1960}, {1960}}});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* t = SectionTable(*a, "obligations");
  bool pak_defense = false;
  for (const auto& row : t->rows) {
    if (row[0] == Cell(std::string("defense")) && row[ColumnOf(*t, "ccode1")] == Cell(int64_t{770})) {
      pak_defense = true;
      EXPECT_EQ(row[ColumnOf(*t, "from")], Cell(int64_t{1954}));
      EXPECT_EQ(row[ColumnOf(*t, "to")], Cell(int64_t{1972}));
      EXPECT_EQ(row[ColumnOf(*t, "n_years")], Cell(int64_t{19}));
    }
  }
  EXPECT_TRUE(pak_defense);
  const Table* years = SectionTable(*a, "years");
  ASSERT_EQ(years->rows.size(), 1u);
  EXPECT_EQ(years->rows[0][ColumnOf(*years, "year")], Cell(int64_t{1960}));
}

// conttype 0 is peacesciencer's mark for months without contiguity: never a
// spell of the answer. Ecuador and Brazil shared a land border to 1916.
TEST(DyadQueries, Issue15ContiguityZeroIsNotABorder) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto c = ContiguityQuery(*ws, DyadRequest{"ECU", "BRA", {}});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const Table* spells = SectionTable(*c, "contiguity");
  ASSERT_EQ(spells->rows.size(), 1u);
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "conttype")], Cell(int64_t{1}));
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "end")], Cell(std::string("1916-07-01")));
  bool noted = false;
  for (const std::string& n : c->notes) noted = noted || n.find("not contiguous 1916-08 to 2016-12") != std::string::npos;
  EXPECT_TRUE(noted);

  // After 1916 only the 0 row is left: the pair is not contiguous.
  auto later = ContiguityQuery(*ws, DyadRequest{"ECU", "BRA", {{1990}, {2016}}});
  ASSERT_TRUE(later.ok()) << later.status().ToString();
  EXPECT_TRUE(SectionTable(*later, "contiguity")->rows.empty());
  EXPECT_NE(later->no_rows.find("not directly contiguous"), std::string::npos);

  // A 0 row that encloses a COW spell hides nothing: Germany and Italy, 1938-1945.
  auto gi = ContiguityQuery(*ws, DyadRequest{"255", "325", {{1940}, {1940}}});
  ASSERT_TRUE(gi.ok()) << gi.status().ToString();
  const Table* g = SectionTable(*gi, "contiguity");
  ASSERT_EQ(g->rows.size(), 1u);
  EXPECT_EQ(g->rows[0][ColumnOf(*g, "conttype")], Cell(int64_t{1}));
}

}  // namespace dyad_queries_test
}  // namespace entente
