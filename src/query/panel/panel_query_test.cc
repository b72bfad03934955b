// Tests of the dyad-year panel against the bundle: the frame's exact size and
// its day rule, cells checked against values read straight from the raw CSVs,
// each coverage rule at both of its edges, the undirected panel as the
// directed one folded, and bad requests.
#include "query/panel/panel_query.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/workspace.h"

namespace entente {
namespace panel_query_test {

using Key = std::tuple<int, int, int>;  // ccode1, ccode2, year

struct Panel {
  std::vector<std::string> columns;
  std::map<Key, std::vector<Cell>> rows;
  int64_t count = 0;
  std::vector<std::string> notes;

  // The cell of `column` in the row of (a, b, year); fails the test when absent.
  const Cell& At(int a, int b, int year, const std::string& column) const {
    static const Cell kAbsent = std::string("<no such row or column>");
    auto row = rows.find(Key{a, b, year});
    if (row == rows.end()) return kAbsent;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == column) return row->second[i];
    }
    return kAbsent;
  }
  bool Has(int a, int b, int year) const { return rows.count(Key{a, b, year}) != 0; }
};

// Runs the panel; keeps every row when `keep`, else only counts them.
Panel RunPanel(Workspace& ws, const PanelRequest& req, bool keep = true) {
  Panel p;
  Result<PanelQuery> q = PanelQuery::Prepare(ws, req);
  EXPECT_TRUE(q.ok()) << q.status().ToString();
  if (!q.ok()) return p;
  for (const Column& c : q->header().sections[0].table.columns) p.columns.push_back(c.name);
  p.notes = q->header().notes;
  q->Run([&](const std::vector<Cell>& row) {
    EXPECT_EQ(row.size(), p.columns.size());
    ++p.count;
    if (keep) {
      p.rows.emplace(Key{static_cast<int>(std::get<int64_t>(row[0])), static_cast<int>(std::get<int64_t>(row[1])),
                         static_cast<int>(std::get<int64_t>(row[2]))},
                     row);
    }
    return true;
  });
  return p;
}

Cell I(int64_t v) { return Cell(v); }
Cell D(double v) { return Cell(v); }
const Cell kEmpty{};

class PanelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    ws_ = testing::OpenBundleWorkspace(*dir);
  }
  std::unique_ptr<Workspace> ws_;
};

// The number of dyad-years of the state system, 1816-2016, computed apart
// from entente by a short Python script over cow/cow_states.csv: for each
// year, each pair of states with membership spells that overlap on at least
// one day of that year (spells clipped to 1 January - 31 December) counts
// once. It gives 956,145 pairs (30 more pairs are members in the same year but
// never on the same day), 835,970 of them in 1946-2016, and 2,278 in 1947.
constexpr int64_t kUndirectedDyadYears = 956145;
constexpr int64_t kUndirectedDyadYears1946 = 835970;
constexpr int64_t kUndirectedDyadYears1947Only = 2278;

TEST_F(PanelTest, FrameHasEveryDyadYearOfTheStateSystem) {
  PanelRequest directed;
  directed.sources = {"majors"};
  EXPECT_EQ(RunPanel(*ws_, directed, false).count, 2 * kUndirectedDyadYears);
  PanelRequest undirected = directed;
  undirected.directed = false;
  EXPECT_EQ(RunPanel(*ws_, undirected, false).count, kUndirectedDyadYears);
  undirected.years = {1946, 2016};
  EXPECT_EQ(RunPanel(*ws_, undirected, false).count, kUndirectedDyadYears1946);
  undirected.years = {1947, 1947};
  EXPECT_EQ(RunPanel(*ws_, undirected, false).count, kUndirectedDyadYears1947Only);
}

TEST_F(PanelTest, DyadsNeedACommonDay) {
  PanelRequest req;
  req.sources = {"majors"};
  req.states = {"PAK", "IND", "AUH", "HUN", "NTH", "GMY"};
  req.both = true;
  Panel p = RunPanel(*ws_, req);
  // Pakistan (from 14 August 1947) and India (from 15 August 1947).
  EXPECT_TRUE(p.Has(750, 770, 1947));
  EXPECT_TRUE(p.Has(770, 750, 1947));
  EXPECT_FALSE(p.Has(750, 770, 1946));
  // Austria-Hungary ends 12 November 1918, Hungary enters 16 November 1918.
  EXPECT_FALSE(p.Has(300, 310, 1918));
  EXPECT_FALSE(p.Has(310, 300, 1918));
  // The Netherlands returns 26 June 1945, Germany ends 8 May 1945.
  EXPECT_FALSE(p.Has(210, 255, 1945));
  EXPECT_TRUE(p.Has(210, 255, 1939));
}

// Expected cells, read from the raw CSVs by a Python script apart from
// entente: cow_majors (spells by year), cow_contdir (lowest type in force),
// NMC cinc, atop_alliance's directed row, cow_igo_ndy's row, td_rivalries
// (styear-endyear), cow_mid_ddydisps' rows, un_votes joined to
// un_roll_calls' dates (country codes through codelist's iso2c), and the
// SIPRI register's "TIV delivery values" summed by supplier, recipient and
// delivery year.
struct Spot {
  int a, b, year;
  std::string column;
  Cell want;
};

// Each spot's cell in `p`: numbers to 1e-9, everything else exactly.
template <size_t N>
void CheckSpots(const Panel& p, const Spot (&spots)[N]) {
  for (const Spot& s : spots) {
    const Cell& got = p.At(s.a, s.b, s.year, s.column);
    if (std::holds_alternative<double>(s.want) && std::holds_alternative<double>(got)) {
      EXPECT_NEAR(std::get<double>(got), std::get<double>(s.want), 1e-9) << s.a << "," << s.b << "," << s.year << " "
                                                                          << s.column;
    } else {
      EXPECT_EQ(got, s.want) << s.a << "," << s.b << "," << s.year << " " << s.column;
    }
  }
}

TEST_F(PanelTest, SpotChecksAgainstTheRawFiles) {
  PanelRequest req;
  req.states = {"IND", "PAK", "CHN", "USA", "NIC", "COL"};
  req.both = true;
  Panel p = RunPanel(*ws_, req);
  const Spot spots[] = {
      // India-Pakistan
      {750, 770, 1947, "conttype", I(1)},        {750, 770, 1947, "cinc1", D(0.052838139)},
      {750, 770, 1947, "cinc2", D(0.011441837)}, {750, 770, 1947, "dyadigos", I(14)},
      {750, 770, 1947, "tdrival", I(1)},         {750, 770, 1947, "tdrivalryno", I(106)},
      {750, 770, 1947, "cowmidonset", I(1)},     {750, 770, 1947, "dispnum", I(1238)},
      {750, 770, 1947, "fatality", I(6)},        {750, 770, 1947, "hostlev", I(5)},
      {750, 770, 1947, "un_n", I(30)},           {750, 770, 1947, "un_agree", D(0.5)},
      {750, 770, 1971, "atop_nonagg", I(1)},     {750, 770, 1971, "dispnum", I(1447)},
      {750, 770, 1971, "un_n", I(108)},          {750, 770, 1971, "un_agree", D(98.0 / 108)},
      {750, 770, 2010, "tdrival", I(1)},         {750, 770, 2011, "tdrival", kEmpty},
      {750, 770, 2011, "cowmidongoing", I(1)},   {750, 770, 2011, "cowmidonset", I(0)},
      {750, 770, 2011, "fatality", kEmpty},      {750, 770, 2016, "atop_consul", I(1)},
      {750, 770, 1999, "tiv_1to2", D(0)},        {750, 770, 1999, "tiv_share_1to2", D(0)},
      // Pakistan-China
      {770, 710, 1950, "cowmaj2", I(1)},         {770, 710, 1950, "cowmaj1", I(0)},
      {770, 710, 1965, "un_n", I(0)},            {770, 710, 1965, "un_agree", kEmpty},
      {770, 710, 1971, "un_n", I(46)},           {770, 710, 1971, "un_agree", D(39.0 / 46)},
      {770, 710, 1995, "tiv_2to1", D(234.45)},   {770, 710, 1995, "tiv_1to2", D(0)},
      {710, 770, 1995, "tiv_1to2", D(234.45)},   {710, 770, 1995, "tiv_share_1to2", D(234.45 / 367.8)},
      {770, 710, 2010, "atop_nonagg", I(1)},     {770, 710, 2014, "dyadigos", I(55)},
      {770, 710, 2001, "tiv_2to1", D(297.5)},    {770, 710, 2016, "tiv_2to1", D(715.78)},
      // United States-Pakistan
      {2, 770, 1965, "atop_defense", I(1)},      {2, 770, 1965, "atop_consul", I(1)},
      {2, 770, 1990, "atop_nonagg", I(0)},       {2, 770, 1947, "conttype", I(0)},
      {2, 770, 1947, "un_n", I(31)},             {2, 770, 1947, "un_agree", D(12.0 / 31)},
      {2, 770, 2010, "tiv_1to2", D(1034.2)},     {2, 770, 2010, "tiv_share_1to2", D(1034.2 / 2225.67)},
      {2, 770, 2010, "dispnum", I(4598)},        {2, 770, 2010, "sidea1", I(1)},
      {2, 770, 2014, "dispnum", I(4726)},        {2, 770, 2014, "fatality", I(0)},
      {2, 770, 1999, "tiv_1to2", D(7.5)},        {770, 2, 1999, "tiv_2to1", D(7.5)},
      // Nicaragua-Colombia: type 5 to November 1903, a type 0 spell to February 1928, type 4 from March 1928.
      {93, 100, 1903, "conttype", I(5)},         {93, 100, 1910, "conttype", I(0)},
      {100, 93, 1928, "conttype", I(4)},
  };
  CheckSpots(p, spots);
}

// conttype 0 rows (peacesciencer's months without contiguity) never hide a
// COW type in force the same year, even when the 0 row encloses the spell.
TEST_F(PanelTest, Issue15ContiguityZeroHidesNoType) {
  PanelRequest req;
  req.sources = {"contiguity"};
  req.states = {"GMY", "ITA", "ETH", "SAU", "ECU", "BRA"};
  req.both = true;
  Panel p = RunPanel(*ws_, req);
  const Spot spots[] = {
      // Germany-Italy: a 0 row 1816-2016 around the land border of 1938-1945.
      {255, 325, 1940, "conttype", I(1)},
      {255, 325, 1930, "conttype", I(0)},
      // Ethiopia-Saudi Arabia: a 0 row 1927-2016 around type 4 in 1952-1993.
      {530, 670, 1960, "conttype", I(4)}, {530, 670, 2000, "conttype", I(0)},
      // Ecuador-Brazil: land border to July 1916, then only a 0 row.
      {130, 140, 1916, "conttype", I(1)}, {130, 140, 2000, "conttype", I(0)},
  };
  CheckSpots(p, spots);
}

// The UN columns code each vote as the state of its date: united Germany's
// votes of 1990 (filed under the Federal Republic) are 255's, Yemen's (filed
// under the Yemen Arab Republic) 679's; counts from the CSV files joined
// apart from entente.
TEST_F(PanelTest, Issue15VotesOfSucceededSeats) {
  PanelRequest req;
  req.sources = {"votes"};
  req.states = {"USA", "GFR", "GMY", "YAR", "YEM"};
  req.both = true;
  req.years = {1990, 1990};
  Panel p = RunPanel(*ws_, req);
  const Spot spots[] = {
      {2, 255, 1990, "un_n", I(84)}, {2, 255, 1990, "un_agree", D(33.0 / 84)},
      {2, 260, 1990, "un_n", I(0)},  {2, 260, 1990, "un_agree", kEmpty},
      {2, 679, 1990, "un_n", I(82)}, {2, 678, 1990, "un_n", I(0)},
  };
  CheckSpots(p, spots);
}

// Missing is not zero: each source's columns are empty just outside its
// years and filled (0 without a record) just inside them. The frame ends in
// 2016, so the sources that run past it are checked at their first year.
TEST_F(PanelTest, CoverageEdges) {
  PanelRequest req;
  req.states = {"IND", "PAK", "USA", "CHN", "ICE"};
  req.both = true;
  Panel p = RunPanel(*ws_, req);
  const Spot spots[] = {
      {750, 770, 2014, "dyadigos", I(67)},   {750, 770, 2015, "dyadigos", kEmpty},
      {2, 770, 2014, "cowmidongoing", I(1)}, {2, 770, 2015, "cowmidongoing", kEmpty},
      {770, 710, 2014, "cowmidongoing", I(0)}, {770, 710, 2015, "cowmidongoing", kEmpty},
      {770, 710, 2014, "cowmid_disputes", I(0)}, {770, 710, 2014, "dispnum", kEmpty},
      {750, 770, 2010, "tdrival", I(1)},     {750, 770, 2011, "tdrival", kEmpty},
      {770, 710, 2010, "tdrival", I(0)},     {770, 710, 2011, "tdrivalryno", kEmpty},
      {2, 770, 1994, "tiv_1to2", kEmpty},    {2, 770, 1995, "tiv_1to2", D(25)},
      {750, 770, 1994, "tiv_2to1", kEmpty},  {750, 770, 1995, "tiv_2to1", D(0)},
      {750, 770, 1995, "tiv_share_1to2", D(0)},
      // Iceland imported nothing in 1995: a share of nothing is empty.
      {2, 395, 1995, "tiv_1to2", D(0)},      {2, 395, 1995, "tiv_share_1to2", kEmpty},
      {395, 2, 1995, "tiv_share_2to1", kEmpty},
      // China's seat was held by the Republic of China until 1971: no common vote.
      {2, 710, 1945, "un_n", kEmpty},        {2, 710, 1946, "un_n", I(0)},
      {2, 710, 1945, "un_agree", kEmpty},    {2, 710, 2016, "cowmaj1", I(1)},
      {2, 710, 2016, "cinc2", D(0.23061772)}, {2, 710, 2016, "atop_defense", I(0)},
      {2, 710, 2016, "conttype", I(0)},
  };
  CheckSpots(p, spots);
  bool noted = false;
  for (const auto& n : p.notes) noted |= n.find("igo: data cover 1816-2014") != std::string::npos;
  EXPECT_TRUE(noted);
}

// The undirected panel is the directed one folded: the row of a < b equals
// the directed row (a, b) in every column but ATOP's, which take the larger
// value of the directed rows (a, b) and (b, a).
TEST_F(PanelTest, UndirectedIsDirectedFolded) {
  PanelRequest req;
  req.years = {1962, 1966};
  Panel directed = RunPanel(*ws_, req);
  req.directed = false;
  Panel undirected = RunPanel(*ws_, req);
  ASSERT_EQ(directed.columns, undirected.columns);
  EXPECT_EQ(directed.count, 2 * undirected.count);
  for (const auto& [key, row] : undirected.rows) {
    auto [a, b, year] = key;
    ASSERT_LT(a, b);
    const auto& there = directed.rows.at(Key{a, b, year});
    const auto& back = directed.rows.at(Key{b, a, year});
    for (size_t c = 0; c < row.size(); ++c) {
      const std::string& name = directed.columns[c];
      if (name.rfind("atop_", 0) == 0) {
        EXPECT_EQ(row[c], Cell(std::max(std::get<int64_t>(there[c]), std::get<int64_t>(back[c])))) << a << "," << b;
      } else {
        EXPECT_EQ(row[c], there[c]) << a << "," << b << "," << year << " " << name;
      }
    }
  }
}

// Issue 18: the undirected panel's cells, from the raw CSVs as above: one
// row per pair with ccode1 < ccode2; ATOP the larger of its two directed rows
// (USA-Pakistan 1975: the United States' defence pledge, none back); MID's
// sides and SIPRI's flows from ccode1's side.
TEST_F(PanelTest, Issue18UndirectedSpotChecks) {
  PanelRequest req;
  req.states = {"IND", "PAK", "CHN", "USA"};
  req.both = true;
  Panel directed = RunPanel(*ws_, req);
  req.directed = false;
  Panel p = RunPanel(*ws_, req);
  EXPECT_FALSE(p.Has(770, 750, 1947));
  EXPECT_FALSE(p.Has(770, 710, 1995));
  const Spot spots[] = {
      // India-Pakistan
      {750, 770, 1947, "conttype", I(1)},        {750, 770, 1947, "cinc1", D(0.052838139)},
      {750, 770, 1947, "cinc2", D(0.011441837)}, {750, 770, 1947, "dyadigos", I(14)},
      {750, 770, 1947, "tdrivalryno", I(106)},   {750, 770, 1947, "dispnum", I(1238)},
      {750, 770, 1947, "sidea1", I(1)},          {750, 770, 1947, "sidea2", I(0)},
      {750, 770, 1947, "un_n", I(30)},           {750, 770, 1947, "un_agree", D(0.5)},
      {750, 770, 2010, "dispnum", I(4585)},      {750, 770, 2010, "sidea1", I(0)},
      {750, 770, 2010, "sidea2", I(1)},          {750, 770, 2010, "fatality", kEmpty},
      // Capitals by date (haversine, R = 6371.0088 km): Karachi to 1958, Rawalpindi from 13 June 1959,
      // Islamabad from 14 August 1967; New Delhi throughout.
      {750, 770, 1958, "capdist", D(1096.2455889877629)}, {750, 770, 1959, "capdist", D(678.0789795723248)},
      {750, 770, 1966, "capdist", D(678.0789795723248)},  {750, 770, 1967, "capdist", D(686.5827093708593)},
      // Pakistan-China: China is ccode1, so tiv_1to2 is China's deliveries to Pakistan.
      {710, 770, 1995, "tiv_1to2", D(234.45)},   {710, 770, 1995, "tiv_2to1", D(0)},
      {710, 770, 1995, "tiv_share_1to2", D(234.45 / 367.8)}, {710, 770, 1971, "un_n", I(46)},
      {710, 770, 1971, "un_agree", D(39.0 / 46)}, {710, 770, 2014, "dyadigos", I(55)},
      {710, 770, 1950, "cowmaj1", I(1)},         {710, 770, 1950, "cowmaj2", I(0)},
      // United States-Pakistan
      {2, 770, 1975, "atop_defense", I(1)},      {2, 770, 1975, "atop_consul", I(1)},
      {2, 770, 1975, "dyadigos", I(35)},         {2, 770, 2014, "dyadigos", I(41)},
      {2, 770, 2010, "dispnum", I(4598)},        {2, 770, 2010, "sidea1", I(1)},
      {2, 770, 2010, "tiv_1to2", D(1034.2)},     {2, 770, 2010, "tiv_share_1to2", D(1034.2 / 2225.67)},
  };
  CheckSpots(p, spots);
  // The directed rows the undirected ones fold: ATOP's directions differ, MID's sides swap.
  const Spot directed_spots[] = {
      {2, 770, 1975, "atop_defense", I(1)}, {770, 2, 1975, "atop_defense", I(0)},
      {770, 2, 1975, "atop_consul", I(1)},  {770, 750, 2010, "sidea1", I(1)},
      {770, 750, 2010, "sidea2", I(0)},     {770, 2, 2010, "sidea1", I(0)},
  };
  CheckSpots(directed, directed_spots);
}

// Issue 18: NMC's six components only on request, with peacesciencer's names,
// from NMC-60-abridged.csv: Morocco (600) in 1912 has -9 for its military and
// industry (empty here) and the file's only fractional populations.
TEST_F(PanelTest, Issue18NmcComponentsOnRequest) {
  PanelRequest req;
  req.states = {"MOR", "FRN"};
  req.both = true;
  req.years = {1911, 1912};
  Panel plain = RunPanel(*ws_, req);
  EXPECT_EQ(std::find(plain.columns.begin(), plain.columns.end(), "milex1"), plain.columns.end());
  req.sources = {"nmc_components", "nmc"};
  Panel p = RunPanel(*ws_, req);
  const std::vector<std::string> want = {"ccode1", "ccode2",  "year",    "gwcode1", "gwcode2", "cinc1",  "cinc2",
                                         "cinc_ratio", "milex1", "milper1", "irst1", "pec1",    "tpop1",  "upop1",
                                         "milex2", "milper2", "irst2",   "pec2",    "tpop2",   "upop2"};
  EXPECT_EQ(p.columns, want);
  const Spot spots[] = {
      {220, 600, 1912, "milex1", D(61367)}, {220, 600, 1912, "pec1", D(60034)},
      {220, 600, 1912, "milex2", kEmpty},   {220, 600, 1912, "irst2", kEmpty},
      {220, 600, 1912, "tpop2", D(4517.6)}, {220, 600, 1912, "upop2", D(173.6444444)},
      {600, 220, 1912, "tpop1", D(4517.6)}, {600, 220, 1912, "milex2", D(61367)},
      {600, 220, 1911, "milper1", D(6)},    {600, 220, 1911, "irst1", D(0)},
      {220, 600, 1911, "upop2", D(144)},
  };
  CheckSpots(p, spots);
}

// Issue 18: a period outside every chosen source's years is the frame with
// empty columns and a note, not an error; the note is also a warning, which
// the command line shows where a CSV carries none.
TEST_F(PanelTest, Issue18PeriodOutsideEverySourceIsTheFrameWithANote) {
  PanelRequest req;
  req.sources = {"arms", "igo"};
  req.years = {2015, 2016};
  req.directed = false;
  Result<PanelQuery> q = PanelQuery::Prepare(*ws_, req);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  ASSERT_EQ(q->warnings().size(), 1u);
  EXPECT_NE(q->warnings()[0].find("igo: data cover 1816-2014; its columns are empty in 2015-2016"), std::string::npos);
  req.sources = {"arms"};
  req.years = {1990, 1994};
  Panel p = RunPanel(*ws_, req);
  PanelRequest frame = req;
  frame.sources = {"majors"};
  EXPECT_EQ(p.count, RunPanel(*ws_, frame, false).count);
  for (const auto& [key, row] : p.rows) {
    for (size_t c = 5; c < row.size(); ++c) ASSERT_EQ(row[c], kEmpty) << p.columns[c];
  }
  Result<PanelQuery> arms = PanelQuery::Prepare(*ws_, req);
  ASSERT_TRUE(arms.ok());
  ASSERT_EQ(arms->warnings().size(), 1u);
  EXPECT_NE(arms->warnings()[0].find("arms: data cover 1995-2025; its columns are empty in 1990-1994"),
            std::string::npos);
  // An open end never runs before the other: --from 2017 is 2017, outside the system.
  PanelRequest after;
  after.years.from = 2017;
  Result<PanelQuery> late = PanelQuery::Prepare(*ws_, after);
  ASSERT_TRUE(late.ok());
  EXPECT_FALSE(late->years());
  ASSERT_EQ(late->warnings().size(), 1u);
  EXPECT_NE(late->warnings()[0].find("2017 is outside it"), std::string::npos) << late->warnings()[0];
}

// Ideal points come only on request; their distance is the one `entente votes
// A B --by year --measure ideal_distance` gives for the year (PAK-CHN 2010:
// 0.3783496420331114; IND-PAK 1971: 0.3598117360461688).
TEST_F(PanelTest, IdealPointsOnRequest) {
  PanelRequest req;
  req.states = {"PAK", "CHN", "IND", "USA"};
  req.both = true;
  req.years = {1945, 2010};
  Panel plain = RunPanel(*ws_, req);
  EXPECT_EQ(std::find(plain.columns.begin(), plain.columns.end(), "ideal_distance"), plain.columns.end());
  req.sources = {"ideal"};
  Panel p = RunPanel(*ws_, req);
  EXPECT_NEAR(std::get<double>(p.At(710, 770, 2010, "ideal_distance")), 0.3783496420331114, 1e-12);
  EXPECT_NEAR(std::get<double>(p.At(770, 750, 1971, "ideal_distance")), 0.3598117360461688, 1e-12);
  EXPECT_EQ(p.At(770, 710, 2010, "ideal1"), p.At(710, 770, 2010, "ideal2"));
  EXPECT_EQ(p.At(750, 770, 1947, "ideal_distance").index(), 2u);
  EXPECT_EQ(p.At(710, 770, 1965, "ideal1"), kEmpty);  // China's seat was the Republic of China's
  // Both edges of the votes' coverage: empty in 1945, positions from 1946.
  EXPECT_EQ(p.At(2, 710, 1945, "ideal1"), kEmpty);
  EXPECT_EQ(p.At(2, 710, 1945, "ideal_distance"), kEmpty);
  EXPECT_TRUE(std::holds_alternative<double>(p.At(2, 710, 1946, "ideal1")));
}

TEST_F(PanelTest, BadRequests) {
  struct Case {
    PanelRequest req;
    std::string message;
  } cases[] = {
      {PanelRequest{true, {}, {}, false, {"votes", "trade"}, false},
       "unknown source \"trade\"; the sources are majors, contiguity, capitals, nmc, nmc_components, atop, igo, "
       "rivalry, mid, votes, ideal, arms"},
      {PanelRequest{true, {}, {"Pakistn"}, false, {}, false}, "Pakistan"},
      {PanelRequest{true, {2000, 1990}, {}, false, {}, false}, "--from 2000 is after --to 1990"},
      {PanelRequest{true, {}, {"PAK"}, true, {}, false}, "--both"},
  };
  for (const auto& c : cases) {
    Result<PanelQuery> q = PanelQuery::Prepare(*ws_, c.req);
    ASSERT_FALSE(q.ok()) << c.message;
    EXPECT_EQ(q.status().code(), Status::Code::kUsage);
    EXPECT_NE(q.status().message().find(c.message), std::string::npos) << q.status().message();
  }
}

TEST_F(PanelTest, PeriodOutsideTheSystemIsEmptyWithANote) {
  PanelRequest req;
  req.years = {2017, 2020};
  Panel p = RunPanel(*ws_, req);
  EXPECT_EQ(p.count, 0);
  ASSERT_FALSE(p.notes.empty());
  EXPECT_NE(p.notes[0].find("outside it"), std::string::npos) << p.notes[0];
}

}  // namespace panel_query_test
}  // namespace entente
