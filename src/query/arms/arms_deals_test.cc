// Tests of `arms deals`: whole-word matching first, then the Pakistani
// procurements the seed paper names, found in the register or reported absent.
#include "query/arms/arms_deals.h"

#include <gtest/gtest.h>

#include "core/text.h"
#include "support/answer_cells.h"
#include "support/bundle.h"

namespace entente {
namespace arms_deals_test {

using testing::ColumnOf;
using testing::Number;
using testing::RowWhere;
using testing::SectionTable;

TEST(MatchesWords, WholeWordsOnly) {
  struct Case {
    const char* text;
    const char* term;
    bool match;
  } cases[] = {
      {"Type-054A", "Type 054A", true}, {"Wing Loong-2", "wing loong", true}, {"VT-4", "VT-4", true},
      {"VT-45", "VT-4", false},         {"JF-17-3 -", "JF-17", true},        {"LY-80 SAMS", "LY-80", true},
      {"Azmat -", "azmat", true},       {"submarine", "sub", false},         {"anything", "", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(MatchesWords(NormalizeName(c.text), NormalizeName(c.term)), c.match) << c.text << " / " << c.term;
  }
}

TEST(ArmsDeals, FindsThePaperProcurementsOrSaysWhyNot) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ArmsDealsRequest req;
  req.supplier = "China";
  req.recipient = "Pakistan";
  req.search = {"JF-17", "Azmat", "Yuan", "Type 054A", "LY-80", "VT-4", "Wing Loong"};
  Result<Answer> a = ArmsDeals(*ws, req);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* search = SectionTable(*a, "search");
  ASSERT_NE(search, nullptr);
  struct Expect {
    const char* term;
    int64_t deals;
  } expects[] = {{"JF-17", 5}, {"Azmat", 2}, {"Yuan", 0},      {"Type 054A", 1},
                 {"LY-80", 3}, {"VT-4", 1},  {"Wing Loong", 2}};
  for (const auto& e : expects) {
    const auto* row = RowWhere(*search, "term", Cell(std::string(e.term)));
    ASSERT_NE(row, nullptr) << e.term;
    EXPECT_EQ((*row)[ColumnOf(*search, "deals")], Cell(e.deals)) << e.term;
  }
  bool explained = false;
  for (const auto& n : a->notes) {
    explained = explained || (n.find("No deal matches \"Yuan\"") != std::string::npos &&
                              n.find("only deals with at least one delivery in 1995-2024") != std::string::npos);
  }
  EXPECT_TRUE(explained);

  const Table* deals = SectionTable(*a, "deals");
  const auto* frigates = RowWhere(*deals, "deal_id", Cell(int64_t{33702}));
  ASSERT_NE(frigates, nullptr);
  EXPECT_EQ((*frigates)[ColumnOf(*deals, "delivered")], Cell(int64_t{4}));
  EXPECT_EQ((*frigates)[ColumnOf(*deals, "delivery_years")], Cell(std::string("2021-2023")));
  EXPECT_EQ((*frigates)[ColumnOf(*deals, "order_year")], Cell(int64_t{2017}));
  EXPECT_NEAR(Number((*frigates)[ColumnOf(*deals, "tiv")]), 1340, 1e-9);
  const auto* azmat = RowWhere(*deals, "deal_id", Cell(int64_t{58056}));
  ASSERT_NE(azmat, nullptr);
  EXPECT_EQ((*azmat)[ColumnOf(*deals, "delivery_years")], Cell(std::string("2017, 2022")));
}

TEST(ArmsDeals, ErrorsUsersMeet) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ArmsDealsRequest bad_category;
  bad_category.category = "boats";
  Result<Answer> a = ArmsDeals(*ws, bad_category);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find(
                "unknown armament category \"boats\"; SIPRI's categories are: Air-defence systems, Aircraft"),
            std::string::npos)
      << a.status().message();

  ArmsDealsRequest none;
  none.supplier = "CHN";
  none.recipient = "PAK";
  none.category = "Ships";
  none.search = {"submarine"};
  Result<Answer> b = NoRowsAsNotFound(ArmsDeals(*ws, none));
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().ExitCode(), 2);
  EXPECT_NE(b.status().message().find("no deal matches"), std::string::npos) << b.status().message();

  ArmsDealsRequest ships;
  ships.supplier = "CHN";
  ships.recipient = "PAK";
  ships.category = "SHIPS";
  ships.from = 2013;
  ships.to = 2017;
  Result<Answer> c = ArmsDeals(*ws, ships);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const Table* deals = SectionTable(*c, "deals");
  ASSERT_FALSE(deals->rows.empty());
  for (const auto& row : deals->rows) EXPECT_EQ(row[ColumnOf(*deals, "category")], Cell(std::string("Ships")));
}

}  // namespace arms_deals_test
}  // namespace entente
