// Acceptance tests of the power query on the bundle: shares computed from the
// file's CINC, missing NMC values left empty, and the years past coverage.
#include "query/power/power_query.h"

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace power_query_test {

using testing::ColumnOf;
using testing::SectionTable;

TEST(PowerQuery, BadRequestsAreOneLineErrors) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    PowerRequest request;
    Status::Code code;
    const char* message;
  } cases[] = {
      {{"PAK", "Pakistan", {}}, Status::Code::kUsage, "give two different states"},
      {{"PAK", "Narnia", {}}, Status::Code::kUsage, "unknown country \"Narnia\""},
      {{"PAK", "CHN", {{2017}, {2020}}}, Status::Code::kUsage, "ends in 2016: 2017-2020 is past its coverage"},
      {{"PAK", "BGD", {{1900}, {1920}}}, Status::Code::kNotFound, "neither Pakistan (PAK, 770) nor Bangladesh"},
  };
  for (const auto& c : cases) {
    auto a = NoRowsAsNotFound(PowerQuery(*ws, c.request));
    ASSERT_FALSE(a.ok()) << c.message;
    EXPECT_EQ(a.status().code(), c.code) << a.status().ToString();
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
}

TEST(PowerQuery, MissingComponentsStayEmptyAndShareIsComputed) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = PowerQuery(*ws, PowerRequest{"PAK", "CHN", {{1968}, {2020}}});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* caps = SectionTable(*a, "capabilities");
  size_t year = ColumnOf(*caps, "year"), ccode = ColumnOf(*caps, "ccode"), pec = ColumnOf(*caps, "pec");
  int pak_rows = 0;
  for (const auto& row : caps->rows) {
    if (row[ccode] != Cell(int64_t{770})) continue;
    ++pak_rows;
    int64_t y = std::get<int64_t>(row[year]);
    // NMC codes Pakistan's energy consumption -9 in 1968-1971.
    EXPECT_EQ(std::holds_alternative<std::monostate>(row[pec]), y >= 1968 && y <= 1971) << y;
  }
  EXPECT_EQ(pak_rows, 2016 - 1968 + 1);
  bool noted = false;
  for (const auto& n : a->notes) noted = noted || n.find("pec is missing (NMC's -9) for Pakistan in 1968-1971") == 0;
  EXPECT_TRUE(noted);
  EXPECT_EQ(a->FactText("past_coverage").value_or("").find("cow_nmc ends in 2016: 2017-2020"), 0u);

  const Table* bal = SectionTable(*a, "balance");
  const auto& last = bal->rows.back();
  ASSERT_EQ(last[0], Cell(int64_t{2016}));
  double c1 = std::get<double>(last[ColumnOf(*bal, "cinc1")]);
  double c2 = std::get<double>(last[ColumnOf(*bal, "cinc2")]);
  EXPECT_DOUBLE_EQ(c1, 0.015149659);  // NMC 6.0, Pakistan 2016
  EXPECT_DOUBLE_EQ(std::get<double>(last[ColumnOf(*bal, "cinc_share1")]), c1 / (c1 + c2));
  EXPECT_DOUBLE_EQ(std::get<double>(last[ColumnOf(*bal, "cinc_ratio")]), c1 / c2);
}

}  // namespace power_query_test
}  // namespace entente
