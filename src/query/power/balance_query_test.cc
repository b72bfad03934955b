// Acceptance tests of the balance query on the bundle: coalition parsing,
// totals that never count a missing value, and the share.
#include "query/power/balance_query.h"

#include <gtest/gtest.h>

#include "data/cow_nmc.h"
#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace balance_query_test {

using testing::ColumnOf;
using testing::SectionTable;

TEST(BalanceQuery, BadCoalitionsAreUsageErrors) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    BalanceRequest request;
    const char* message;
  } cases[] = {
      {{"PAK+", "IND", {}}, "coalition \"PAK+\" has an empty member"},
      {{"PAK++CHN", "IND", {}}, "has an empty member"},
      {{"PAK+Pakistan", "IND", {}}, "names Pakistan (PAK, 770) twice"},
      {{"PAK+CHN", "IND+CHN", {}}, "China (CHN, 710) is in both coalitions"},
      {{"PAK+Narnia", "IND", {}}, "unknown country \"Narnia\""},
  };
  for (const auto& c : cases) {
    auto a = BalanceQuery(*ws, c.request);
    ASSERT_FALSE(a.ok()) << c.message;
    EXPECT_EQ(a.status().code(), Status::Code::kUsage);
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
}

TEST(BalanceQuery, MissingValuesNeverEnterATotal) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = BalanceQuery(*ws, BalanceRequest{"PAK+CHN", "IND+USA", {{1945}, {1972}}});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto nmc = LoadCowNmc(dir / "cow" / "NMC-60-abridged.csv");
  ASSERT_TRUE(nmc.ok());
  const Table* totals = SectionTable(*a, "totals");
  size_t year = ColumnOf(*totals, "year"), coalition = ColumnOf(*totals, "coalition");
  size_t pec = ColumnOf(*totals, "pec"), cinc = ColumnOf(*totals, "cinc");
  for (const auto& row : totals->rows) {
    int64_t y = std::get<int64_t>(row[year]);
    EXPECT_GE(y, 1947);  // Pakistan and India enter the state system in 1947
    if (std::get<std::string>(row[coalition]) != "PAK+CHN") continue;
    const NmcRecord* pak = nmc->Find(CowCode{770}, static_cast<int>(y));
    const NmcRecord* chn = nmc->Find(CowCode{710}, static_cast<int>(y));
    ASSERT_TRUE(pak && chn);
    if (!pak->pec || !chn->pec) {
      EXPECT_TRUE(std::holds_alternative<std::monostate>(row[pec])) << y;
    } else {
      EXPECT_DOUBLE_EQ(std::get<double>(row[pec]), *pak->pec + *chn->pec) << y;
    }
    EXPECT_DOUBLE_EQ(std::get<double>(row[cinc]), *pak->cinc + *chn->cinc) << y;
  }
  const Table* bal = SectionTable(*a, "balance");
  ASSERT_EQ(bal->rows.size(), 1972u - 1947u + 1u);
  for (const auto& row : bal->rows) {
    double c1 = std::get<double>(row[1]), c2 = std::get<double>(row[2]);
    EXPECT_DOUBLE_EQ(std::get<double>(row[ColumnOf(*bal, "cinc_share1")]), c1 / (c1 + c2));
  }
  bool left_out = false;
  for (const auto& n : a->notes) left_out = left_out || n.find("left out 1945-1946") == 0;
  EXPECT_TRUE(left_out);
}

}  // namespace balance_query_test
}  // namespace entente
