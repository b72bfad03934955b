// Acceptance tests of the veto query on the bundle: China's first veto, the
// Republic of China's seat, filters, and the messages for empty results.
#include "query/relations/veto_query.h"

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace veto_query_test {

using testing::ColumnOf;
using testing::SectionTable;

std::string Text(const Cell& c) { return std::get<std::string>(c); }

TEST(VetoQuery, EmptyResultsAndBadArgumentsAreOneLineErrors) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    VetoRequest request;
    Status::Code code;
    const char* message;
  } cases[] = {
      {{"PAK", {}, std::nullopt}, Status::Code::kNotFound, "Pakistan (PAK, 770) cast no veto in 1946-2022"},
      {{"Taiwan", {}, std::nullopt}, Status::Code::kNotFound, "Taiwan"},
      {{std::nullopt, {}, "no such topic"}, Status::Code::kNotFound, "on a draft mentioning \"no such topic\""},
      {{"Narnia", {}, std::nullopt}, Status::Code::kUsage, "unknown country"},
      {{std::nullopt, {{2000}, {1990}}, std::nullopt}, Status::Code::kUsage, "--from 2000 is after --to 1990"},
      {{std::nullopt, {{2023}, std::nullopt}, std::nullopt}, Status::Code::kUsage, "ends in 2022"},
  };
  for (const auto& c : cases) {
    auto a = NoRowsAsNotFound(VetoQuery(*ws, c.request));
    ASSERT_FALSE(a.ok()) << c.message;
    EXPECT_EQ(a.status().code(), c.code) << a.status().ToString();
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
}

TEST(VetoQuery, ChinasFirstVetoIsBangladesh1972) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = VetoQuery(*ws, VetoRequest{"CHN", {}, std::nullopt});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* t = SectionTable(*a, "vetoes");
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->rows.size(), 17u);
  const auto& first = t->rows[0];
  EXPECT_EQ(Text(first[ColumnOf(*t, "date")]), "1972-08-25");
  EXPECT_EQ(Text(first[ColumnOf(*t, "draft")]), "S/10771");
  EXPECT_EQ(Text(first[ColumnOf(*t, "meeting_record")]), "S/PV.1660");
  EXPECT_NE(Text(first[ColumnOf(*t, "agenda_item")]).find("Bangladesh"), std::string::npos);
  EXPECT_EQ(Text(first[ColumnOf(*t, "vetoed_by")]), "China");
  const Table* counts = SectionTable(*a, "counts");
  ASSERT_NE(counts, nullptr);
  bool china = false;
  for (const auto& row : counts->rows) {
    if (std::get<int64_t>(row[ColumnOf(*counts, "ccode")]) == 710) {
      china = true;
      EXPECT_EQ(std::get<int64_t>(row[ColumnOf(*counts, "vetoes")]), 17);
    }
  }
  EXPECT_TRUE(china);
  ASSERT_FALSE(a->datasets.empty());
  EXPECT_EQ(a->datasets[0].id, "unsc_vetoes");
}

TEST(VetoQuery, FiltersByTopicAndYearsAndCountsEveryMember) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = VetoQuery(*ws, VetoRequest{std::nullopt, {}, "BANGLADESH"});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(SectionTable(*a, "vetoes")->rows.size(), 1u);
  auto all = VetoQuery(*ws, VetoRequest{std::nullopt, {}, std::nullopt});
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(SectionTable(*all, "vetoes")->rows.size(), 214u);
  int64_t casts = 0;
  const Table* counts = SectionTable(*all, "counts");
  for (const auto& row : counts->rows) casts += std::get<int64_t>(row[ColumnOf(*counts, "vetoes")]);
  EXPECT_EQ(casts, 265);  // 214 drafts; 38 with a second member, 13 with a third
  auto seventies = VetoQuery(*ws, VetoRequest{"USA", {{1970}, {1979}}, std::nullopt});
  ASSERT_TRUE(seventies.ok()) << seventies.status().ToString();
  const Table* t = SectionTable(*seventies, "vetoes");
  for (const auto& row : t->rows) {
    int64_t year = std::get<int64_t>(row[ColumnOf(*t, "year")]);
    EXPECT_GE(year, 1970);
    EXPECT_LE(year, 1979);
  }
}

}  // namespace veto_query_test
}  // namespace entente
