// Tests of event filtering and order over a few hand-made events.
#include "query/events/event_filter.h"

#include <gtest/gtest.h>

namespace entente {
namespace event_filter_test {

Country State(int ccode, const char* iso3) { return Country{CowCode{ccode}, iso3, "", iso3, iso3, {}, {}, std::nullopt}; }

Event MakeEvent(const char* id, const char* date, std::vector<Country> states, EventCategory category,
                const char* summary, const char* end = nullptr) {
  Event e;
  e.id = id;
  e.date = *EventDate::Parse(date);
  if (end != nullptr) e.end = EventDate::Parse(end);
  e.states = std::move(states);
  e.category = category;
  e.summary = summary;
  return e;
}

std::vector<EventRecord> Records() {
  const Country pak = State(770, "PAK"), chn = State(710, "CHN"), ind = State(750, "IND"), usa = State(2, "USA");
  EventRecord a;
  a.source = "a.toml";
  a.events = {
      MakeEvent("2019-08-kashmir", "2019-08", {ind, pak}, EventCategory::kCrisisConflict, "Kashmir status changed"),
      MakeEvent("1972-veto", "1972-08-25", {chn, pak}, EventCategory::kMultilateral, "First veto"),
      MakeEvent("1950s-pacts", "1950s", {pak, usa}, EventCategory::kAgreement, "Pacts"),
      MakeEvent("2017-frigates", "2017", {pak, chn}, EventCategory::kDefenceProcurement, "Frigates", "2018"),
      MakeEvent("2019-closed-meeting", "2019", {chn, pak, ind}, EventCategory::kMultilateral, "Closed meeting"),
  };
  a.events[4].organisations = {"UN Security Council"};
  EventRecord b;
  b.source = "b.toml";
  b.events = {MakeEvent("2017-doklam", "2017", {ind, chn}, EventCategory::kCrisisConflict, "Standoff")};
  b.events[0].source.outlet = "The Diplomat";
  return {a, b};
}

std::vector<std::string> Ids(const std::vector<const Event*>& events) {
  std::vector<std::string> ids;
  for (const Event* e : events) ids.push_back(e->id);
  return ids;
}

TEST(EventFilterTest, NoMatchGivesAnEmptyList) {
  std::vector<EventRecord> records = Records();
  EXPECT_TRUE(FilterEvents({}, EventFilter{}).empty());
  EXPECT_TRUE(FilterEvents(records, EventFilter{{CowCode{140}}, {}, {}, ""}).empty());
  EXPECT_TRUE(FilterEvents(records, EventFilter{{}, {}, Period{1900, 1949}, ""}).empty());
  EXPECT_TRUE(FilterEvents(records, EventFilter{{}, {}, {}, "no such text"}).empty());
}

TEST(EventFilterTest, OrdersByDateWithCoarserDatesFirst) {
  std::vector<EventRecord> records = Records();
  EXPECT_EQ(Ids(FilterEvents(records, EventFilter{})),
            (std::vector<std::string>{"1950s-pacts", "1972-veto", "2017-doklam", "2017-frigates",
                                      "2019-closed-meeting", "2019-08-kashmir"}));
}

TEST(EventFilterTest, AppliesEachCriterion) {
  std::vector<EventRecord> records = Records();
  struct Case {
    const char* name;
    EventFilter filter;
    std::vector<std::string> ids;
  } cases[] = {
      {"one state", {{CowCode{710}}, {}, {}, ""}, {"1972-veto", "2017-doklam", "2017-frigates", "2019-closed-meeting"}},
      {"two states", {{CowCode{770}, CowCode{710}}, {}, {}, ""}, {"1972-veto", "2017-frigates", "2019-closed-meeting"}},
      {"category", {{CowCode{770}}, EventCategory::kMultilateral, {}, ""}, {"1972-veto", "2019-closed-meeting"}},
      {"a decade counts for each of its years", {{}, {}, Period{1955, 1955}, ""}, {"1950s-pacts"}},
      {"an event counts for each year it spans", {{}, {}, Period{2018, 2018}, ""}, {"2017-frigates"}},
      {"period bounds are inclusive", {{}, {}, Period{1972, 2017}, ""}, {"1972-veto", "2017-doklam", "2017-frigates"}},
      {"search in summary, any case", {{}, {}, {}, "KASHMIR"}, {"2019-08-kashmir"}},
      {"search in organisations", {{}, {}, {}, "security council"}, {"2019-closed-meeting"}},
      {"search in the source", {{}, {}, {}, "diplomat"}, {"2017-doklam"}},
      {"search in the id", {{}, {}, {}, "veto"}, {"1972-veto"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Ids(FilterEvents(records, c.filter)), c.ids) << c.name;
}

}  // namespace event_filter_test
}  // namespace entente
