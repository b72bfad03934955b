// Tests of the event queries against the data bundle: the seed paper's
// events, user files merged in, and the one-line errors.
#include "query/events/events_query.h"

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace events_query_test {

class EventsQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    tmp_ = std::filesystem::temp_directory_path() /
           ("entente_events_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(tmp_);
    setenv("XDG_CACHE_HOME", tmp_.c_str(), 1);  // the checksum cache
    ws_ = std::make_unique<Workspace>(*dir, Manifest::Bundle());
  }
  void TearDown() override {
    if (!tmp_.empty()) std::filesystem::remove_all(tmp_);
  }
  std::string WriteFile(const std::string& name, const std::string& text) {
    std::filesystem::path p = tmp_ / name;
    std::ofstream(p) << text;
    return p.string();
  }
  // The values of column `name` of the answer's first section.
  static std::vector<std::string> Column(const Answer& a, const std::string& name) {
    const Table& t = a.sections.at(0).table;
    size_t col = 0;
    while (col < t.columns.size() && t.columns[col].name != name) ++col;
    std::vector<std::string> out;
    if (col == t.columns.size()) return out;
    for (const auto& row : t.rows) {
      const Cell& c = row[col];
      if (const auto* s = std::get_if<std::string>(&c)) out.push_back(*s);
      else if (const auto* i = std::get_if<int64_t>(&c)) out.push_back(std::to_string(*i));
      else out.push_back("");
    }
    return out;
  }

  std::filesystem::path tmp_;
  std::unique_ptr<Workspace> ws_;
};

TEST_F(EventsQueryTest, ErrorsAreOneLineAndExitTwo) {
  struct Case {
    const char* name;
    EventsRequest request;
    const char* expected;
  } cases[] = {
      {"no state", {{}, {}, {}, {}, "", {}}, "events: give one state, or two"},
      {"three states", {{"PAK", "CHN", "IND"}, {}, {}, {}, "", {}}, "events: give one state, or two"},
      {"unknown state", {{"Pakistaan"}, {}, {}, {}, "", {}}, "unknown country \"Pakistaan\"; did you mean Pakistan"},
      {"same state twice", {{"PAK", "Pakistan"}, {}, {}, {}, "", {}}, "Pakistan (PAK, 770) is given twice"},
      {"unknown category", {{"PAK"}, "trade", {}, {}, "", {}}, "unknown event category \"trade\""},
      {"from after to", {{"PAK"}, {}, 2019, 2010, "", {}}, "--from 2019 is after --to 2010"},
      {"outside the record", {{"PAK"}, {}, 2030, {}, "", {}}, "the event records cover 1950-2019"},
      {"no match", {{"PAK", "BRA"}, {}, {}, {}, "", {}},
       "no event in the records involves Pakistan (PAK, 770) and Brazil (BRA, 140)"},
      {"no match in category", {{"USA", "IND"}, "space_technology", {}, {}, "", {}}, "in category space_technology"},
  };
  for (const Case& c : cases) {
    Result<Answer> a = NoRowsAsNotFound(QueryEvents(*ws_, c.request));
    ASSERT_FALSE(a.ok()) << c.name;
    EXPECT_EQ(a.status().ExitCode(), 2) << c.name;
    EXPECT_NE(a.status().message().find(c.expected), std::string::npos) << c.name << ": " << a.status().message();
    EXPECT_EQ(a.status().message().find('\n'), std::string::npos) << c.name;
  }
}

TEST_F(EventsQueryTest, PakistanChinaDefenceProcurementsInDateOrder) {
  EventsRequest r{{"Pakistan", "PRC"}, "defence_procurement", {}, {}, "", {}};
  Result<Answer> a = QueryEvents(*ws_, r);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(Column(*a, "id"),
            (std::vector<std::string>{"2013-azmat-missile-boats-delivered", "2015-04-yuan-class-submarines-agreement",
                                      "2017-type-054a-frigate-contracts", "2018-vt-4-tank-trials",
                                      "2018-10-wing-loong-ii-agreement"}));
  EXPECT_EQ(Column(*a, "links")[0], "sipri_deal:52997 sipri_deal:58056");
  EXPECT_EQ(Column(*a, "states")[0], "PAK CHN");
  EXPECT_EQ(Column(*a, "ccodes")[0], "770 710");
  std::vector<std::string> datasets;
  for (const DatasetRef& d : a->datasets) datasets.push_back(d.id);
  EXPECT_EQ(datasets, (std::vector<std::string>{"codelist", "cow_states", "sipri_transfers", "unsc_vetoes",
                                                "nuclear_plants"}));
}

TEST_F(EventsQueryTest, TheSeedPapersSpanAndItsKashmirEvents) {
  Result<Answer> all = QueryEvents(*ws_, EventsRequest{{"CHN"}, {}, {}, {}, "", {}});
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  std::vector<std::string> dates = Column(*all, "date");
  EXPECT_EQ(dates.front(), "1971");
  EXPECT_EQ(dates.back(), "2019-10-09");

  Result<Answer> kashmir = QueryEvents(*ws_, EventsRequest{{"IND", "PAK"}, {}, 2019, 2019, "kashmir", {}});
  ASSERT_TRUE(kashmir.ok()) << kashmir.status().ToString();
  EXPECT_EQ(Column(*kashmir, "id"),
            (std::vector<std::string>{"2019-pakistan-recalls-high-commissioner",
                                      "2019-pakistan-suspends-trade-with-india", "2019-unsc-closed-meeting-kashmir",
                                      "2019-02-attack-on-indian-forces-kashmir", "2019-08-india-revokes-kashmir-status"}));
}

TEST_F(EventsQueryTest, MergesAnAnalystsFileValidatedTheSameWay) {
  std::string mine = WriteFile("mine.toml",
                               "[[event]]\nid = \"2021-my-event\"\ndate = \"2021-03\"\nstates = [\"PAK\", \"CHN\"]\n"
                               "category = \"economic\"\nsummary = \"An event of my own.\"\n");
  Result<Answer> a = QueryEvents(*ws_, EventsRequest{{"PAK", "CHN"}, "economic", {}, {}, "", {mine}});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(Column(*a, "id"), std::vector<std::string>{"2021-my-event"});
  EXPECT_EQ(Column(*a, "record"), std::vector<std::string>{mine});

  std::string clash = WriteFile("clash.toml",
                                "[[event]]\nid = \"1965-us-arms-embargo\"\ndate = \"1965\"\nstates = [\"USA\"]\n"
                                "category = \"defence_procurement\"\nsummary = \"Again.\"\n");
  Result<Answer> bad = QueryEvents(*ws_, EventsRequest{{"PAK"}, {}, {}, {}, "", {clash}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().ExitCode(), 3);
  EXPECT_EQ(bad.status().message().find(clash + ":2:6: field \"id\": \"1965-us-arms-embargo\" is already the id of "
                                                "the event at events/faisal_beyond_cpec.toml:"),
            0u)
      << bad.status().message();
}

TEST_F(EventsQueryTest, ValidatesTheRecordAndFiles) {
  Result<Answer> a = ValidateEvents(*ws_, {});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(Column(*a, "record"), std::vector<std::string>{"events/faisal_beyond_cpec.toml"});
  EXPECT_EQ(Column(*a, "status"), std::vector<std::string>{"valid"});
  EXPECT_EQ(Column(*a, "from"), std::vector<std::string>{"1950"});
  EXPECT_EQ(Column(*a, "to"), std::vector<std::string>{"2019"});

  std::string broken = WriteFile("broken.toml", "[[event]]\nid = \"x\"\ndate = \"2019-02-29\"\n");
  Result<Answer> b = ValidateEvents(*ws_, {broken});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().ExitCode(), 3);
  EXPECT_EQ(b.status().message().find(broken + ":1:1: event \"x\": field \"category\" is missing"), 0u)
      << b.status().message();
  EXPECT_NE(b.status().message().find(broken + ":2:6: event \"x\": no actor"), std::string::npos);
  EXPECT_NE(b.status().message().find(broken + ":3:8: event \"x\": field \"date\": got \"2019-02-29\""),
            std::string::npos)
      << b.status().message();
  EXPECT_FALSE(ValidateEvents(*ws_, {(tmp_ / "absent.toml").string()}).ok());
}

}  // namespace events_query_test
}  // namespace entente
