// Acceptance tests of the rivalry query on the bundle: the South Asian
// rivalries of Thompson and Dreyer, and pairs without one.
#include "query/relations/rivalry_query.h"

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace rivalry_query_test {

using testing::ColumnOf;
using testing::SectionTable;

TEST(RivalryQuery, PairsWithoutARivalryGetAOneLineMessage) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    DyadRequest request;
    Status::Code code;
    const char* message;
  } cases[] = {
      {{"PAK", "CHN", {}}, Status::Code::kNotFound, "no strategic rivalry between Pakistan (PAK, 770) and China"},
      {{"IND", "PAK", {{1900}, {1940}}}, Status::Code::kNotFound, "in 1900-1940"},
      {{"IND", "India", {}}, Status::Code::kUsage, "give two different states"},
  };
  for (const auto& c : cases) {
    auto a = NoRowsAsNotFound(RivalryQuery(*ws, c.request));
    ASSERT_FALSE(a.ok()) << c.message;
    EXPECT_EQ(a.status().code(), c.code);
    EXPECT_NE(a.status().message().find(c.message), std::string::npos) << a.status().message();
  }
}

TEST(RivalryQuery, IndiaPakistanAndChinaIndiaAreStrategicRivalries) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto ws = testing::OpenBundleWorkspace(dir);
  struct Case {
    const char* a;
    const char* b;
    int64_t number;
    const char* name;
    int64_t from;
  } cases[] = {
      {"India", "Pakistan", 106, "India-Pakistan", 1947},
      {"PAK", "IND", 106, "India-Pakistan", 1947},
      {"China", "India", 107, "China-India", 1948},
  };
  for (const auto& c : cases) {
    auto a = RivalryQuery(*ws, DyadRequest{c.a, c.b, {}});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    const Table* t = SectionTable(*a, "rivalries");
    ASSERT_EQ(t->rows.size(), 1u) << c.name;
    const auto& row = t->rows[0];
    EXPECT_EQ(std::get<int64_t>(row[ColumnOf(*t, "rivalry")]), c.number);
    EXPECT_EQ(std::get<std::string>(row[ColumnOf(*t, "name")]), c.name);
    EXPECT_EQ(std::get<int64_t>(row[ColumnOf(*t, "from")]), c.from);
    EXPECT_EQ(std::get<std::string>(row[ColumnOf(*t, "types")]), "positional, spatial");
  }
}

}  // namespace rivalry_query_test
}  // namespace entente
