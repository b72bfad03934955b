// Tests of `arms imports` and `arms exports` against the bundle: the seed
// paper's shares (values computed independently from the register), the
// shape of the supplier-by-year table, and the errors users meet.
#include "query/arms/arms_trade.h"

#include <gtest/gtest.h>

#include "support/answer_cells.h"
#include "support/bundle.h"

namespace entente {
namespace arms_trade_test {

using testing::Number;
using testing::RowWhere;
using testing::SectionTable;

Result<Answer> Trade(ArmsDirection direction, const std::string& state, std::optional<int> from,
                     std::optional<int> to, TradeBy by = TradeBy::kPartner, int top = 0, bool wide = false) {
  auto dir = testing::BundleDir();
  auto ws = testing::OpenBundleWorkspace(*dir);
  ArmsTradeRequest req;
  req.direction = direction;
  req.state = state;
  req.from = from;
  req.to = to;
  req.by = by;
  req.top = top;
  req.wide = wide;
  return ArmsTrade(*ws, req);
}

TEST(ArmsTrade, ErrorsUsersMeet) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  struct Case {
    std::string state;
    std::optional<int> from, to;
    int exit_code;
    std::string message;
  } cases[] = {
      {"Atlantis", 2013, 2017, 2, "unknown country \"Atlantis\""},
      {"PAK", 2018, 2013, 2, "--from 2018 is after --to 2013"},
      {"PAK", 1980, 1990, 2, "1980-1990 is outside the SIPRI trade register, which records deliveries in 1995-2024"},
      {"Nepal", 2013, 2013, 2, "records no arms exports by Nepal (NPL, 790) in 2013"},
  };
  for (const auto& c : cases) {
    Result<Answer> a = NoRowsAsNotFound(Trade(ArmsDirection::kExports, c.state, c.from, c.to));
    if (c.state == "PAK") a = NoRowsAsNotFound(Trade(ArmsDirection::kImports, c.state, c.from, c.to));
    ASSERT_FALSE(a.ok()) << c.state;
    EXPECT_EQ(a.status().ExitCode(), c.exit_code) << c.state;
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
}

TEST(ArmsTrade, ChinaSharesOfPakistanImports) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  struct Case {
    int from, to;
    double share, total;
  } cases[] = {{2013, 2017, 0.7058, 4446.30}, {2016, 2016, 0.8389, 853.24}};
  for (const auto& c : cases) {
    Result<Answer> a = Trade(ArmsDirection::kImports, "Pakistan", c.from, c.to);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    const Table* t = SectionTable(*a, "by_supplier");
    ASSERT_NE(t, nullptr);
    const auto* china = RowWhere(*t, "supplier_ccode", Cell(int64_t{710}));
    ASSERT_NE(china, nullptr);
    EXPECT_EQ(RowWhere(*t, "supplier", Cell(std::string("Total"))), nullptr) << "a tidy table has no Total row";
    EXPECT_NEAR(Number((*china)[testing::ColumnOf(*t, "share")]), c.share, 5e-5) << c.from;
    ASSERT_EQ(a->facts[3].key, "total_tiv");
    EXPECT_NEAR(a->facts[3].value.value_or(0), c.total, 0.005) << c.from;
    ASSERT_EQ(a->datasets.size(), 1u);
    EXPECT_EQ(a->datasets[0].ShortSha(), "de974d8302efdeaa");
  }
}

TEST(ArmsTrade, PakistanShareOfChinaExports) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<Answer> a = Trade(ArmsDirection::kExports, "PRC", 2013, 2017);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* t = SectionTable(*a, "by_recipient");
  ASSERT_NE(t, nullptr);
  const auto* pak = RowWhere(*t, "recipient_iso3", Cell(std::string("PAK")));
  ASSERT_NE(pak, nullptr);
  EXPECT_NEAR(Number((*pak)[testing::ColumnOf(*t, "share")]), 0.3377, 5e-5);
}

TEST(ArmsTrade, SupplierByYearTableAddsUp) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<Answer> a = Trade(ArmsDirection::kImports, "PAK", 2013, 2018, TradeBy::kPartnerYear, 5, /*wide=*/true);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* t = SectionTable(*a, "by_supplier_year");
  ASSERT_NE(t, nullptr);
  size_t y2013 = testing::ColumnOf(*t, "2013"), y2018 = testing::ColumnOf(*t, "2018");
  size_t total = testing::ColumnOf(*t, "total"), share = testing::ColumnOf(*t, "share");
  ASSERT_LT(y2018, t->columns.size());
  ASSERT_EQ(y2018, y2013 + 5);
  ASSERT_EQ(t->rows.size(), 7u);  // 5 suppliers, "Other", "Total"
  EXPECT_EQ(std::get<std::string>(t->rows[5][0]), "Other (11 suppliers)");
  // Rows add up across years, columns across suppliers, shares to one.
  double share_sum = 0;
  for (size_t c = y2013; c <= total; ++c) {
    double column = 0;
    for (size_t r = 0; r + 1 < t->rows.size(); ++r) column += Number(t->rows[r][c]);
    EXPECT_NEAR(column, Number(t->rows.back()[c]), 1e-6) << t->columns[c].name;
  }
  for (size_t r = 0; r < t->rows.size(); ++r) {
    double row = 0;
    for (size_t c = y2013; c <= y2018; ++c) row += Number(t->rows[r][c]);
    EXPECT_NEAR(row, Number(t->rows[r][total]), 1e-6) << r;
    if (r + 1 < t->rows.size()) share_sum += Number(t->rows[r][share]);
  }
  EXPECT_NEAR(share_sum, 1.0, 1e-12);
  EXPECT_NEAR(Number(t->rows.back()[testing::ColumnOf(*t, "2016")]), 853.24, 0.005);
}

TEST(ArmsTrade, CutsAPeriodReachingBeyondTheRegister) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<Answer> a = Trade(ArmsDirection::kImports, "PAK", 1990, 1996, TradeBy::kYear);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(testing::FactText(*a, "period"), "1995-1996");
  ASSERT_FALSE(a->notes.empty());
  EXPECT_NE(a->notes[0].find("1990-1996, was cut to 1995-1996"), std::string::npos) << a->notes[0];
  EXPECT_EQ(SectionTable(*a, "by_year")->rows.size(), 2u);
}

}  // namespace arms_trade_test
}  // namespace entente
