// Tests of event records: broken records first, each problem at its exact
// line and column; then a good record read in full; then the record built
// into entente, checked against the data bundle and the seed paper.
#include "data/event_record.h"

#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "data/event_checks.h"
#include "data/manifest.h"
#include "support/bundle.h"

namespace entente {
namespace event_record_test {

// A registry of a few states, enough to resolve codes, names and an
// ambiguous name without the bundle.
const CountryRegistry& SmallRegistry() {
  static const CountryRegistry* reg = [] {
    std::istringstream codelist(
        "cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,un.name.en,p4.name,"
        "vdem.name\n"
        "2,USA,US,USA,United States,united.?states,United States of America,,,,\n"
        "315,CZE,,,Czechoslovakia,czechoslovakia,Czechoslovakia,,,,\n"
        "316,CZR,CZ,CZE,Czechia,czechia,Czech Republic,,,,\n"
        "710,CHN,CN,CHN,China,china,China,,,,\n"
        "750,IND,IN,IND,India,india,India,,,,\n"
        "770,PAK,PK,PAK,Pakistan,pakistan,Pakistan,,,,\n");
    std::istringstream states(
        "stateabb,ccode,statenme,styear,endyear\nUSA,2,United States of America,1816,2016\n"
        "CZE,315,Czechoslovakia,1918,1992\nCZR,316,Czech Republic,1993,2016\nCHN,710,China,1860,2016\n"
        "IND,750,India,1947,2016\nPAK,770,Pakistan,1947,2016\n");
    // CZE is Czechia's ISO3 before COW's letters of Czechoslovakia; "Czech"
    // is made to mean both.
    Result<CountryRegistry> r = CountryRegistry::Build(codelist, "codelist.csv", states, "states.csv",
                                                       "[ambiguous]\n\"Czech\" = [315, 316]\n");
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return new CountryRegistry(std::move(r.value()));
  }();
  return *reg;
}

DatasetIds SmallIds() {
  DatasetIds ids;
  ids.sipri_deals = {"52997"};
  ids.veto_drafts = {"S/10771"};
  ids.reactors = {"KANUPP-2", "1067"};
  return ids;
}

// The one event every broken case starts from (lines 1-6).
constexpr char kGood[] =
    "[[event]]\n"
    "id = \"e1\"\n"
    "date = \"1972-08-25\"\n"
    "states = [\"CHN\", \"PAK\"]\n"
    "category = \"multilateral\"\n"
    "summary = \"China casts its first veto.\"\n";

Result<std::vector<EventRecord>> Build(const std::string& text) {
  return BuildEventRecords({EventRecordText{"t.toml", text}}, SmallRegistry(), SmallIds());
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

TEST(EventRecordTest, ReportsEachProblemAtItsLineAndColumn) {
  const std::string good = kGood;
  struct Case {
    const char* name;
    std::string text;
    const char* expected;
  } cases[] = {
      {"no events", "", "t.toml:1:1: no [[event]] tables"},
      {"event is not a table", "event = 3\n", "t.toml:1:9: field \"event\": expected [[event]] tables"},
      {"unknown top-level key", "colour = \"red\"\n" + good, "t.toml:1:1: unknown field \"colour\""},
      {"not toml", Replace(good, "id = \"e1\"", "id = \"e1"), "t.toml:2:"},
      {"id missing", Replace(good, "id = \"e1\"\n", ""), "t.toml:1:1: field \"id\" is missing; expected a string"},
      {"id malformed", Replace(good, "\"e1\"", "\"E 1\""),
       "t.toml:2:6: event \"E 1\": field \"id\": got \"E 1\", expected lower-case letters"},
      {"id not a string", Replace(good, "\"e1\"", "1"), "t.toml:2:6: field \"id\": got an integer, expected a string"},
      {"impossible date", Replace(good, "1972-08-25", "1972-02-30"),
       "t.toml:3:8: event \"e1\": field \"date\": got \"1972-02-30\", expected a real date written YYYY, YYYY-MM, "
       "YYYY-MM-DD or a decade such as 1950s"},
      {"date missing", Replace(good, "date = \"1972-08-25\"\n", ""), "t.toml:1:1: event \"e1\": field \"date\" is missing"},
      {"end before date", good + "end = \"1971\"\n",
       "t.toml:7:7: event \"e1\": field \"end\": got \"1971\", expected a date after the event's date \"1972-08-25\""},
      {"unknown state", Replace(good, "\"PAK\"", "\"Pakistaan\""),
       "t.toml:4:18: event \"e1\": field \"states\": unknown country \"Pakistaan\"; did you mean Pakistan (PAK, 770)?"},
      {"ambiguous state", Replace(good, "\"PAK\"", "\"Czech\""),
       "t.toml:4:18: event \"e1\": field \"states\": \"Czech\" is ambiguous"},
      {"state twice", Replace(good, "\"PAK\"", "\"China\""),
       "t.toml:4:18: event \"e1\": field \"states\": \"China\" names China (CHN, 710) a second time"},
      {"state not a string", Replace(good, "\"PAK\"", "true"),
       "t.toml:4:18: event \"e1\": field \"states\": got a boolean, expected a whole number or a non-empty string"},
      {"no actor", Replace(good, "[\"CHN\", \"PAK\"]", "[]"),
       "t.toml:2:6: event \"e1\": no actor; expected at least one entry in \"states\" or \"organisations\""},
      {"unknown category", Replace(good, "multilateral", "multilaterl"),
       "t.toml:5:12: event \"e1\": field \"category\": got \"multilaterl\", expected one of agreement, crisis_conflict"},
      {"summary of two lines", Replace(good, "\"China casts its first veto.\"", "\"\"\"two\nlines\"\"\""),
       "t.toml:6:11: event \"e1\": field \"summary\": got \"two\\nlines\", expected one non-empty line of text"},
      {"misspelt field", good + "catgory = \"x\"\n",
       "t.toml:7:1: event \"e1\": unknown field \"catgory\"; expected one of id, date, end"},
      {"page zero", good + "page = 0\n", "t.toml:7:8: event \"e1\": field \"page\": got 0, expected a whole number from 1"},
      {"page as text", good + "page = \"33\"\n", "t.toml:7:8: event \"e1\": field \"page\": got a string"},
      {"source not a table", good + "source = \"Dawn\"\n",
       "t.toml:7:10: event \"e1\": field \"source\": got a string, expected a table"},
      {"source url", good + "[event.source]\nurl = \"www.dawn.com\"\n",
       "t.toml:8:7: event \"e1\": source: field \"url\": got \"www.dawn.com\", expected an http:// or https:// address"},
      {"source date", good + "[event.source]\ndate = \"June 2011\"\n",
       "t.toml:8:8: event \"e1\": source: field \"date\": got \"June 2011\""},
      {"source unknown field", good + "[event.source]\npage = 3\n", "t.toml:8:1: event \"e1\": source: unknown field \"page\""},
      {"sipri deal as text", good + "[event.links]\nsipri_deals = [\"52997\"]\n",
       "t.toml:8:16: event \"e1\": links: field \"sipri_deals\": got a string, expected a SIPRI deal id"},
      {"sipri deal not in the register", good + "[event.links]\nsipri_deals = [52997, 1]\n",
       "t.toml:8:23: event \"e1\": field \"links.sipri_deals\": got \"1\", expected a SIPRI AT Database ID of "
       "sipri/trade_register.csv; no row has it"},
      {"veto draft not in the list", good + "[event.links]\nveto_drafts = [\"S/PV.1660\"]\n",
       "t.toml:8:16: event \"e1\": field \"links.veto_drafts\": got \"S/PV.1660\""},
      {"reactor not in the list", good + "[event.links]\nreactors = [\"KANUPP-2\", 1068]\n",
       "t.toml:8:25: event \"e1\": field \"links.reactors\": got \"1068\""},
      {"unknown link kind", good + "[event.links]\nmids = [1]\n", "t.toml:8:1: event \"e1\": links: unknown field \"mids\""},
      {"duplicate id", good + good,
       "t.toml:8:6: field \"id\": \"e1\" is already the id of the event at t.toml:2:6; expected a unique id"},
  };
  for (const Case& c : cases) {
    Result<std::vector<EventRecord>> r = Build(c.text);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().ExitCode(), 3) << c.name;
    EXPECT_EQ(r.status().message().find(c.expected), 0u) << c.name << ":\n" << r.status().message();
  }
}

// The event-record fuzz target's finding: after the malformed value 8"2d"
// a quote was taken for the start of a string by the old guard, which then
// let toml++ 3.3 reach an `unreachable` point at U+FE3F. The TOML check
// refuses the text at the first quote.
TEST(EventRecordTest, Issue16FuzzQuoteAfterAMalformedValueIsALocatedError) {
  // Base64 ZSA9IDgiMmQiNjBkQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQidCaWxCcGlvY2xwYW15Le+4vyJpcGxvQ21M
  const std::string text = "e = 8\"2d\"60dBBBBBBBBBBBBBBBBBBBBBBBBBB'BilBpioclpamy-\xef\xb8\xbf\"iploCmL";
  Result<std::vector<EventRecord>> r = Build(text);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "t.toml:1:6: not valid TOML: expected a comment or a line break after a value, got '\"'");
}

TEST(EventRecordTest, ListsEveryProblemInFileOrder) {
  std::string text = std::string(kGood) + "[event.links]\nsipri_deals = [1]\n" +
                     Replace(Replace(kGood, "\"e1\"", "\"e2\""), "1972-08-25", "1972-13");
  Result<std::vector<EventRecord>> r = Build(text);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "t.toml:8:16: event \"e1\": field \"links.sipri_deals\": got \"1\", expected a SIPRI AT Database ID of "
            "sipri/trade_register.csv; no row has it\n"
            "t.toml:11:8: event \"e2\": field \"date\": got \"1972-13\", expected a real date written YYYY, YYYY-MM, "
            "YYYY-MM-DD or a decade such as 1950s\n"
            "2 problems in event records; the schema is in docs/EVENTS.md");
}

TEST(EventRecordTest, IdsMustBeUniqueAcrossRecords) {
  Result<std::vector<EventRecord>> r = BuildEventRecords(
      {EventRecordText{"a.toml", kGood}, EventRecordText{"b.toml", kGood}}, SmallRegistry(), SmallIds());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "b.toml:2:6: field \"id\": \"e1\" is already the id of the event at a.toml:2:6; expected a unique id");
}

TEST(EventRecordTest, ReadsEveryFieldOfAGoodRecord) {
  const std::string text =
      "[record]\ntitle = \"Mine\"\nreference = \"A paper\"\n\n"
      "[[event]]\nid = \"1950s-pact\"\ndate = \"1950s\"\nstates = [\"PAK\", \"United States\", 750]\n"
      "organisations = [\"SEATO\"]\ncategory = \"agreement\"\nsummary = \"A pact.\"\n"
      "date_note = \"decade only\"\npage = 33\n"
      "[event.source]\nfootnote = 26\nauthor = \"A. Author\"\ntitle = \"T\"\noutlet = \"O\"\ndate = \"2011-06\"\n"
      "url = \"https://example.org/x\"\nnote = \"cut off\"\n"
      "[event.links]\nsipri_deals = [52997]\nveto_drafts = [\"S/10771\"]\nreactors = [1067, \"KANUPP-2\"]\n\n"
      "[[event]]\nid = \"2015-talks\"\ndate = \"2015-04\"\nend = \"2016\"\norganisations = [\"Taliban\"]\n"
      "category = \"diplomacy\"\nsummary = \"Talks.\"\n";
  Result<std::vector<EventRecord>> r = Build(text);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  const EventRecord& rec = (*r)[0];
  EXPECT_EQ(rec.title, "Mine");
  EXPECT_EQ(rec.reference, "A paper");
  ASSERT_EQ(rec.events.size(), 2u);
  const Event& a = rec.events[0];
  EXPECT_EQ(a.id, "1950s-pact");
  EXPECT_EQ(a.date.precision, DatePrecision::kDecade);
  EXPECT_EQ(a.LastYear(), 1959);
  ASSERT_EQ(a.states.size(), 3u);
  EXPECT_EQ(a.states[0].ccode.value, 770);
  EXPECT_EQ(a.states[1].ccode.value, 2);
  EXPECT_EQ(a.states[2].ccode.value, 750);
  EXPECT_EQ(a.organisations, std::vector<std::string>{"SEATO"});
  EXPECT_EQ(a.category, EventCategory::kAgreement);
  EXPECT_EQ(a.date_note, "decade only");
  EXPECT_EQ(a.page, 33);
  EXPECT_EQ(a.source.footnote, 26);
  EXPECT_EQ(a.source.author, "A. Author");
  EXPECT_EQ(a.source.date->ToString(), "2011-06");
  EXPECT_EQ(a.source.note, "cut off");
  ASSERT_EQ(a.links.size(), 4u);
  EXPECT_EQ(a.links[0].kind, LinkKind::kSipriDeal);
  EXPECT_EQ(a.links[0].id, "52997");
  EXPECT_EQ(a.links[2].id, "1067");
  EXPECT_EQ(a.record, "t.toml");
  EXPECT_EQ(a.where.line, 6);
  const Event& b = rec.events[1];
  EXPECT_TRUE(b.states.empty());
  EXPECT_EQ(b.FirstYear(), 2015);
  EXPECT_EQ(b.LastYear(), 2016);
  EXPECT_TRUE(b.source.empty());
}

TEST(EventRecordTest, ReadsAFileAndNamesAMissingOne) {
  Result<EventRecordText> t = ReadEventRecordFile(std::string(ENTENTE_FIXTURES) + "/events/analyst_events.toml");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  RecordProblems problems;
  EventRecord r = ParseEventRecord(t->text, t->source, SmallRegistry(), &problems);
  EXPECT_TRUE(problems.empty()) << problems.ToStatus().ToString();
  EXPECT_EQ(r.events.size(), 2u);
  Result<EventRecordText> missing = ReadEventRecordFile("/nonexistent/events.toml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().ExitCode(), 1);
}

TEST(EventRecordTest, DocsListEveryCategoryAsTheCodeDescribesIt) {
  std::ifstream in(std::string(ENTENTE_SOURCE_DIR) + "/docs/EVENTS.md");
  ASSERT_TRUE(in) << "docs/EVENTS.md";
  std::stringstream docs;
  docs << in.rdbuf();
  for (const EventCategoryInfo& c : EventCategories()) {
    std::string row = "| `" + std::string(c.name) + "` | " + std::string(c.description) + " |";
    EXPECT_NE(docs.str().find(row), std::string::npos) << row;
  }
}

// The built-in record, against the bundle and what the seed paper supports.
class BuiltinRecordTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    Result<CountryRegistry> reg = CountryRegistry::Load(*dir);
    ASSERT_TRUE(reg.ok()) << reg.status().ToString();
    DatasetIds ids;
    const Manifest& m = Manifest::Bundle();
    const DatasetInfo& sipri = *m.Find("sipri_transfers");
    const DatasetInfo& vetoes = *m.Find("unsc_vetoes");
    const DatasetInfo& plants = *m.Find("nuclear_plants");
    ASSERT_TRUE(ReadSipriDealIds(*dir / sipri.path, sipri.path, sipri.csv, &ids).ok());
    ASSERT_TRUE(ReadVetoDrafts(*dir / vetoes.path, vetoes.path, vetoes.csv, &ids).ok());
    ASSERT_TRUE(ReadReactorIds(*dir / plants.path, plants.path, plants.csv, &ids).ok());
    Result<std::vector<EventRecord>> r = BuildEventRecords({BuiltinEventRecord()}, *reg, ids);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    record_ = std::move((*r)[0]);
  }
  const Event* Find(const std::string& id) const {
    for (const Event& e : record_.events) {
      if (e.id == id) return &e;
    }
    return nullptr;
  }
  EventRecord record_;
};

constexpr int kFirstPage = 23;
constexpr int kLastPage = 44;
constexpr int kLastFootnote = 60;

TEST_F(BuiltinRecordTest, IsValidAndCitesThePaper) {
  EXPECT_EQ(record_.source, "events/faisal_beyond_cpec.toml");
  EXPECT_GE(record_.events.size(), 40u);
  for (const Event& e : record_.events) {
    ASSERT_TRUE(e.page.has_value()) << e.id;
    EXPECT_GE(*e.page, kFirstPage) << e.id;
    EXPECT_LE(*e.page, kLastPage) << e.id;
    if (e.source.footnote) {
      EXPECT_LE(*e.source.footnote, kLastFootnote) << e.id;
    }
    // An id starts with the year of its date, so that ids read in order.
    EXPECT_EQ(e.id.substr(0, 4), std::to_string(e.date.year)) << e.id;
  }
}

TEST_F(BuiltinRecordTest, DatesAreNoMorePreciseThanTheirSource) {
  // A date to the day comes only from the cited document that is the event
  // itself (a meeting record, a press conference, a joint statement).
  for (const Event& e : record_.events) {
    if (e.date.precision != DatePrecision::kDay) continue;
    ASSERT_TRUE(e.source.date.has_value()) << e.id;
    EXPECT_EQ(*e.source.date, e.date) << e.id;
  }
}

TEST_F(BuiltinRecordTest, HoldsTheEventsTheIssueNames) {
  struct Case {
    const char* id;
    const char* date;
    std::vector<int> states;
  } cases[] = {
      {"1965-us-arms-embargo", "1965", {2, 770}},
      {"1972-china-first-veto-bangladesh", "1972-08-25", {710, 770, 771}},
      {"2019-08-india-revokes-kashmir-status", "2019-08", {750, 770}},
      {"2019-unsc-closed-meeting-kashmir", "2019", {710, 770, 750}},
      {"2015-04-yuan-class-submarines-agreement", "2015-04", {770, 710}},
      {"2018-10-wing-loong-ii-agreement", "2018-10", {770, 710}},
  };
  for (const Case& c : cases) {
    const Event* e = Find(c.id);
    ASSERT_NE(e, nullptr) << c.id;
    EXPECT_EQ(e->date.ToString(), c.date) << c.id;
    std::vector<int> states;
    for (const Country& s : e->states) states.push_back(s.ccode.value);
    EXPECT_EQ(states, c.states) << c.id;
  }
  const Event* veto = Find("1972-china-first-veto-bangladesh");
  ASSERT_EQ(veto->links.size(), 1u);
  EXPECT_EQ(veto->links[0].kind, LinkKind::kVetoDraft);
  EXPECT_EQ(veto->links[0].id, "S/10771");
}

TEST_F(BuiltinRecordTest, CoversEveryCategoryAndEverySectionOfThePaper) {
  std::set<EventCategory> categories;
  std::set<int> pages;
  for (const Event& e : record_.events) {
    categories.insert(e.category);
    pages.insert(*e.page);
  }
  EXPECT_EQ(categories.size(), EventCategories().size());
  // Strategic context 27-29, regional security 30-33, multilateral forums
  // 33-34, defence procurement and exercises 37-39, nuclear 39-40, science and
  // technology 41-42.
  for (int page : {27, 28, 29, 30, 31, 32, 33, 34, 37, 38, 39, 40, 41, 42}) {
    EXPECT_EQ(pages.count(page), 1u) << "no event from page " << page;
  }
}

}  // namespace event_record_test
}  // namespace entente
