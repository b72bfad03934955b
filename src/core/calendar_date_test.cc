// Tests of CalendarDate parsing: accepted forms, then everything rejected.
#include "core/calendar_date.h"

#include <gtest/gtest.h>

namespace entente {
namespace calendar_date_test {

TEST(CalendarDate, RejectsMalformedAndImpossibleDays) {
  for (const char* text : {"", "1972", "1972-8-25", "1972-13-01", "1972-02-30", "1900-02-29", "19720825",
                           "1972-08-2x", "-972-08-25"}) {
    EXPECT_FALSE(CalendarDate::ParseIso(text)) << text;
  }
  for (const char* text : {"", "8/25", "8/25/72", "13/1/1972", "2/29/1971", "8//1972", "a/1/1972", "123/1/1972"}) {
    EXPECT_FALSE(CalendarDate::ParseMonthDayYear(text)) << text;
  }
}

TEST(CalendarDate, ParsesBothForms) {
  struct Case {
    const char* text;
    bool iso;
    CalendarDate want;
  } cases[] = {
      {"1947-08-01", true, {1947, 8, 1}},
      {"2000-02-29", true, {2000, 2, 29}},
      {"8/25/1972", false, {1972, 8, 25}},
      {"12/5/2016", false, {2016, 12, 5}},
      {"02/04/2012", false, {2012, 2, 4}},
  };
  for (const auto& c : cases) {
    auto got = c.iso ? CalendarDate::ParseIso(c.text) : CalendarDate::ParseMonthDayYear(c.text);
    ASSERT_TRUE(got) << c.text;
    EXPECT_EQ(*got, c.want) << c.text;
  }
  EXPECT_EQ((CalendarDate{1972, 8, 25}).ToIso(), "1972-08-25");
  EXPECT_LT((CalendarDate{1971, 10, 24}), (CalendarDate{1971, 10, 25}));
}

}  // namespace calendar_date_test
}  // namespace entente
