// Tests of `arms flow` against the bundle: China to Pakistan, the seed
// paper's dyad, with values computed independently from the register.
#include "query/arms/arms_flow.h"

#include <gtest/gtest.h>

#include "support/answer_cells.h"
#include "support/bundle.h"

namespace entente {
namespace arms_flow_test {

using testing::ColumnOf;
using testing::Number;
using testing::RowWhere;
using testing::SectionTable;

TEST(ArmsFlow, ChinaToPakistan) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  Result<Answer> a = ArmsFlow(*ws, ArmsFlowRequest{"China", "Pakistan", 2013, 2017, 5});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* years = SectionTable(*a, "by_year");
  const Table* windows = SectionTable(*a, "windows");
  ASSERT_NE(years, nullptr);
  ASSERT_NE(windows, nullptr);
  ASSERT_EQ(years->rows.size(), 5u);
  const auto* y2016 = RowWhere(*years, "year", Cell(int64_t{2016}));
  ASSERT_NE(y2016, nullptr);
  EXPECT_NEAR(Number((*y2016)[ColumnOf(*years, "share_of_imports")]), 0.8389, 5e-5);
  EXPECT_NEAR(Number((*y2016)[ColumnOf(*years, "recipient_imports")]), 853.24, 0.005);
  ASSERT_EQ(windows->rows.size(), 1u);
  EXPECT_NEAR(Number(windows->rows[0][ColumnOf(*windows, "share_of_imports")]), 0.7058, 5e-5);
  EXPECT_NEAR(Number(windows->rows[0][ColumnOf(*windows, "share_of_exports")]), 0.3377, 5e-5);
  EXPECT_EQ(testing::FactText(*a, "peak_share_of_imports"), "2016 (83.89%)");
  EXPECT_EQ(testing::FactText(*a, "peak_year"), "2013 (725.35)");
}

TEST(ArmsFlow, WindowsRunBackToBackFromTheLastYear) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  Result<Answer> a = ArmsFlow(*ws, ArmsFlowRequest{"CHN", "PAK", 2004, 2017, 5});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* windows = SectionTable(*a, "windows");
  ASSERT_EQ(windows->rows.size(), 2u);
  EXPECT_EQ(windows->rows[0][0], Cell(int64_t{2008}));
  EXPECT_EQ(windows->rows[1][1], Cell(int64_t{2017}));
  bool noted = false;
  for (const auto& n : a->notes) {
    noted = noted || n.find("2004-2007 before the first whole window") != std::string::npos;
  }
  EXPECT_TRUE(noted);
}

TEST(ArmsFlow, SaysWhenTheDyadHasNoDeliveries) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  Result<Answer> a = NoRowsAsNotFound(ArmsFlow(*ws, ArmsFlowRequest{"Pakistan", "China", 2013, 2017, 5}));
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().ExitCode(), 2);
  EXPECT_NE(a.status().message().find("no arms deliveries from Pakistan (PAK, 770) to China (CHN, 710) in 2013-2017"),
            std::string::npos)
      << a.status().message();
}

}  // namespace arms_flow_test
}  // namespace entente
