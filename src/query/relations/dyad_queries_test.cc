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
    auto a = c.query(*ws, c.request);
    ASSERT_FALSE(a.ok()) << c.message;
    EXPECT_EQ(a.status().code(), Status::Code::kNotFound);
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
  auto past = IgoQuery(*ws, DyadRequest{"PAK", "CHN", {{2015}, {2020}}});
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.status().code(), Status::Code::kUsage);
  EXPECT_NE(past.status().message().find("ends in 2014"), std::string::npos) << past.status().message();
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
  EXPECT_EQ(disputes->rows[0][ColumnOf(*disputes, "side_a")], Cell(std::string("PAK")));

  auto c = ContiguityQuery(*ws, DyadRequest{"PAK", "CHN", {}});
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const Table* spells = SectionTable(*c, "contiguity");
  ASSERT_EQ(spells->rows.size(), 1u);
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "conttype")], Cell(int64_t{1}));
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "from")], Cell(std::string("1947-08-01")));

  auto igo = IgoQuery(*ws, DyadRequest{"CHN", "PAK", {{2014}, {2014}}});
  ASSERT_TRUE(igo.ok()) << igo.status().ToString();
  const Table* shared = SectionTable(*igo, "igo");
  ASSERT_EQ(shared->rows.size(), 1u);
  EXPECT_EQ(shared->rows[0][ColumnOf(*shared, "shared_igos")], Cell(int64_t{55}));
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
      EXPECT_EQ(row[ColumnOf(*t, "years")], Cell(int64_t{19}));
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
  EXPECT_EQ(spells->rows[0][ColumnOf(*spells, "to")], Cell(std::string("1916-07-01")));
  bool noted = false;
  for (const std::string& n : c->notes) noted = noted || n.find("not contiguous 1916-08 to 2016-12") != std::string::npos;
  EXPECT_TRUE(noted);

  // After 1916 only the 0 row is left: the pair is not contiguous.
  auto later = ContiguityQuery(*ws, DyadRequest{"ECU", "BRA", {{1990}, {2016}}});
  ASSERT_FALSE(later.ok());
  EXPECT_EQ(later.status().code(), Status::Code::kNotFound);
  EXPECT_NE(later.status().message().find("not directly contiguous"), std::string::npos);

  // A 0 row that encloses a COW spell hides nothing: Germany and Italy, 1938-1945.
  auto gi = ContiguityQuery(*ws, DyadRequest{"255", "325", {{1940}, {1940}}});
  ASSERT_TRUE(gi.ok()) << gi.status().ToString();
  const Table* g = SectionTable(*gi, "contiguity");
  ASSERT_EQ(g->rows.size(), 1u);
  EXPECT_EQ(g->rows[0][ColumnOf(*g, "conttype")], Cell(int64_t{1}));
}

}  // namespace dyad_queries_test
}  // namespace entente
