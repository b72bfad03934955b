// Acceptance tests of the nuclear query on the bundle: Pakistan's operating
// reactors and capacity, the Chinese designs behind them, and a state with
// no reactor.
#include "query/relations/nuclear_query.h"

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace nuclear_query_test {

using testing::ColumnOf;
using testing::SectionTable;

TEST(NuclearQuery, StatesWithoutReactorsGetAOneLineMessage) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = NoRowsAsNotFound(NuclearQuery(*ws, NuclearRequest{"Afghanistan"}));
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), Status::Code::kNotFound);
  EXPECT_NE(a.status().message().find("no nuclear power reactor in Afghanistan (AFG, 700)"), std::string::npos);
  auto bad = NuclearQuery(*ws, NuclearRequest{"Pakistaan"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kUsage);
}

TEST(NuclearQuery, PakistansOperatingReactorsAndTheirChineseDesigns) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  auto a = NuclearQuery(*ws, NuclearRequest{"Pakistan"});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const Table* reactors = SectionTable(*a, "reactors");
  ASSERT_EQ(reactors->rows.size(), 7u);
  const Table* totals = SectionTable(*a, "totals");
  ASSERT_NE(totals, nullptr);
  std::map<std::string, std::pair<int64_t, double>> by_status;
  for (const auto& row : totals->rows) {
    by_status[std::get<std::string>(row[0])] = {std::get<int64_t>(row[ColumnOf(*totals, "reactors")]),
                                                std::get<double>(row[ColumnOf(*totals, "capacity_mwe")])};
  }
  // CHASNUPP-1 to -4 (300, 300, 315, 313 MWe) and KANUPP-2, -3 (1017, 1014).
  EXPECT_EQ(by_status["Operational"].first, 6);
  EXPECT_DOUBLE_EQ(by_status["Operational"].second, 3259);
  EXPECT_EQ(by_status["Shutdown"].first, 1);
  ASSERT_TRUE(by_status.count("Under Construction"));
  ASSERT_TRUE(by_status.count("Planned"));
  EXPECT_EQ(by_status["Under Construction"].first, 0);

  size_t model = ColumnOf(*reactors, "model"), supplier = ColumnOf(*reactors, "supplier_iso3");
  for (const auto& row : reactors->rows) {
    const std::string& m = std::get<std::string>(row[model]);
    if (m == "CNP-300" || m == "ACP-1000") {
      EXPECT_EQ(std::get<std::string>(row[supplier]), "CHN") << m;
    }
  }
  const Table* suppliers = SectionTable(*a, "suppliers");
  ASSERT_NE(suppliers, nullptr);
  bool china = false;
  for (const auto& row : suppliers->rows) {
    if (row[0] == Cell(int64_t{710})) {
      china = true;
      EXPECT_EQ(std::get<int64_t>(row[ColumnOf(*suppliers, "operational")]), 6);
      EXPECT_DOUBLE_EQ(std::get<double>(row[ColumnOf(*suppliers, "operational_mwe")]), 3259);
    }
  }
  EXPECT_TRUE(china);
}

}  // namespace nuclear_query_test
}  // namespace entente
