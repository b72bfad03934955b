// Tests of the state-year panel against the bundle: its exact size, cells
// checked against values read straight from the raw CSVs, and coverage.
#include "query/panel/state_year_query.h"

#include <map>

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace state_year_query_test {

class StateYearTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    ws_ = testing::OpenBundleWorkspace(*dir);
  }
  // The rows by (ccode, year), and the column names.
  std::map<std::pair<int, int>, std::vector<Cell>> Run(const PanelRequest& req, std::vector<std::string>* columns,
                                                       int64_t* count) {
    std::map<std::pair<int, int>, std::vector<Cell>> rows;
    Result<StateYearQuery> q = StateYearQuery::Prepare(*ws_, req);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    if (!q.ok()) return rows;
    for (const Column& c : q->header().sections[0].table.columns) columns->push_back(c.name);
    q->Run([&](const std::vector<Cell>& row) {
      ++*count;
      rows[{static_cast<int>(std::get<int64_t>(row[0])), static_cast<int>(std::get<int64_t>(row[1]))}] = row;
      return true;
    });
    return rows;
  }
  std::unique_ptr<Workspace> ws_;
};

// 15,951 state-years: a short Python script over cow_states.csv counted, for
// each year 1816-2016, the states with a membership spell touching it.
constexpr int64_t kStateYears = 15951;

TEST_F(StateYearTest, EveryStateYearOnce) {
  std::vector<std::string> columns;
  int64_t count = 0;
  Run(PanelRequest{}, &columns, &count);
  EXPECT_EQ(count, kStateYears);
}

// Expected cells from the raw CSVs by a Python script apart from entente:
// un_votes rows per state and roll-call year; the SIPRI register summed by
// recipient and supplier (shares squared for the HHI); atop_alliance's
// partners with any pledge either way; cow_mid_ddydisps' distinct dispnum;
// td_rivalries spanning the year.
TEST_F(StateYearTest, SpotChecksAgainstTheRawFiles) {
  PanelRequest req;
  req.states = {"PAK", "IND", "CHN", "USA"};
  std::vector<std::string> columns;
  int64_t count = 0;
  auto rows = Run(req, &columns, &count);
  auto at = [&](int c, int y, const std::string& col) -> Cell {
    auto it = rows.find({c, y});
    if (it == rows.end()) return Cell(std::string("<no row>"));
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == col) return it->second[i];
    }
    return Cell(std::string("<no column>"));
  };
  struct Spot {
    int ccode, year;
    std::string column;
    Cell want;
  } spots[] = {
      {770, 1971, "un_votes", Cell(int64_t{110})}, {750, 1947, "un_votes", Cell(int64_t{37})},
      {710, 1970, "un_votes", Cell(int64_t{0})},   {710, 1971, "un_votes", Cell(int64_t{50})},
      {710, 1945, "un_votes", Cell()},             {770, 2010, "tiv_imports", Cell(2225.67)},
      {770, 2010, "top_supplier_ccode", Cell(int64_t{2})}, {710, 2010, "tiv_exports", Cell(1500.86)},
      {770, 1994, "tiv_imports", Cell()},          {770, 2000, "atop_partners", Cell(int64_t{3})},
      {750, 2000, "atop_partners", Cell(int64_t{6})}, {750, 2000, "cowmid_disputes", Cell(int64_t{1})},
      {2, 2000, "cowmid_disputes", Cell(int64_t{6})}, {2, 2015, "cowmid_disputes", Cell()},
      {750, 2000, "tdrivals", Cell(int64_t{2})},   {710, 2000, "tdrivals", Cell(int64_t{4})},
      {710, 2011, "tdrivals", Cell()},             {770, 1971, "cinc", Cell(0.0098727429)},
      {710, 1950, "cowmaj", Cell(int64_t{1})},     {770, 1950, "cowmaj", Cell(int64_t{0})},
      // Issue 18: both edges of each coverage inside the frame.
      {2, 1945, "un_votes", Cell()},               {2, 1946, "un_votes", Cell(int64_t{43})},
      {770, 1995, "tiv_imports", Cell(367.8)},     {770, 1994, "tiv_exports", Cell()},
      {770, 1994, "supplier_hhi", Cell()},         {770, 1994, "top_supplier_ccode", Cell()},
      {2, 2014, "cowmid_disputes", Cell(int64_t{6})}, {770, 2015, "cowmid_disputes", Cell()},
      {750, 2010, "tdrivals", Cell(int64_t{2})},   {750, 2011, "tdrivals", Cell()},
      {2, 1816, "cinc", Cell(0.039697491)},        {2, 1816, "milex", Cell(3823.0)},
      {2, 2016, "cowmaj", Cell(int64_t{1})},
  };
  for (const Spot& s : spots) {
    Cell got = at(s.ccode, s.year, s.column);
    if (std::holds_alternative<double>(s.want) && std::holds_alternative<double>(got)) {
      EXPECT_NEAR(std::get<double>(got), std::get<double>(s.want), 1e-9) << s.ccode << " " << s.year << " " << s.column;
    } else {
      EXPECT_EQ(got, s.want) << s.ccode << " " << s.year << " " << s.column;
    }
  }
  // The state's ideal point is the dyad panel's ideal1 (PAK 2010: -0.1870516041432127, as
  // `entente panel --with ideal` gives it).
  Cell ideal = at(770, 2010, "ideal");
  ASSERT_TRUE(std::holds_alternative<double>(ideal));
  EXPECT_NEAR(std::get<double>(ideal), -0.1870516041432127, 1e-12);
  EXPECT_EQ(at(710, 1965, "ideal"), Cell());
  EXPECT_EQ(at(770, 1945, "ideal"), Cell(std::string("<no row>")));
  Cell hhi = at(770, 2010, "supplier_hhi");
  ASSERT_TRUE(std::holds_alternative<double>(hhi));
  EXPECT_NEAR(std::get<double>(hhi), 0.3412240515520406, 1e-9);
}

}  // namespace state_year_query_test
}  // namespace entente
