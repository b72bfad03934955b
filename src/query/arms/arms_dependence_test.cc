// Tests of `arms dependence` against the bundle: shares and concentration per
// window agree with each other, and the window must fit the period.
#include "query/arms/arms_dependence.h"

#include <map>

#include <gtest/gtest.h>

#include "support/answer_cells.h"
#include "support/bundle.h"

namespace entente {
namespace arms_dependence_test {

using testing::ColumnOf;
using testing::Number;
using testing::SectionTable;

TEST(ArmsDependence, WindowThatDoesNotFit) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ArmsDependenceRequest req;
  req.recipient = "PAK";
  req.from = 2015;
  req.to = 2017;
  Result<Answer> a = ArmsDependence(*ws, req);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().ExitCode(), 2);
  EXPECT_NE(a.status().message().find("a window of 5 years does not fit in 2015-2017"), std::string::npos);
}

TEST(ArmsDependence, SharesAndConcentrationAgree) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  ArmsDependenceRequest req;
  req.recipient = "Pakistan";
  req.to = 2017;
  Result<Answer> a = ArmsDependence(*ws, req);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* windows = SectionTable(*a, "windows");
  const Table* shares = SectionTable(*a, "shares");
  ASSERT_EQ(windows->rows.size(), 4u);  // 1998-2002 ... 2013-2017
  std::map<int64_t, std::pair<double, double>> sums;  // window start -> (sum of shares, sum of squares)
  for (const auto& row : shares->rows) {
    double s = Number(row[ColumnOf(*shares, "share")]);
    auto& [total, squares] = sums[std::get<int64_t>(row[0])];
    total += s;
    squares += s * s;
  }
  for (const auto& row : windows->rows) {
    auto [total, squares] = sums[std::get<int64_t>(row[0])];
    EXPECT_NEAR(total, 1.0, 1e-9);
    EXPECT_NEAR(Number(row[ColumnOf(*windows, "hhi")]), squares, 1e-12);
  }
  const auto& last = windows->rows.back();
  EXPECT_EQ(last[ColumnOf(*windows, "top_supplier_iso3")], Cell(std::string("CHN")));
  EXPECT_NEAR(Number(last[ColumnOf(*windows, "top_share")]), 0.7058, 5e-5);
}

}  // namespace arms_dependence_test
}  // namespace entente
