// Tests of event dates: the forms a record may use, the ones it may not, and
// their order.
#include "core/event_date.h"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

namespace entente {
namespace event_date_test {

TEST(EventDateTest, RejectsMalformedAndImpossibleDates) {
  for (const char* text : {"", "19", "196", "19650", "1965-", "1965-4", "1965-00", "1965-13", "2015-04-1",
                           "2019-02-29", "2019-02-30", "1900-02-29", "2019-04-31", "2019-01-00", "1955s", "195s",
                           "1950S", "-965", "1965/04", "1965-04-01T00", " 1965", "1965 ", "2019-02-28x"}) {
    EXPECT_FALSE(EventDate::Parse(text).has_value()) << '"' << text << '"';
  }
}

TEST(EventDateTest, Issue16YearZeroIsNoDate) {
  for (const char* text : {"0000", "0000s", "0000-01", "0000-01-01"}) {
    EXPECT_FALSE(EventDate::Parse(text).has_value()) << '"' << text << '"';
  }
  EXPECT_TRUE(EventDate::Parse("0001").has_value());
}

TEST(EventDateTest, ReadsEachPrecisionAndPrintsItBack) {
  struct Case {
    const char* text;
    DatePrecision precision;
    int year, month, day, last_year;
  } cases[] = {
      {"1950s", DatePrecision::kDecade, 1950, 0, 0, 1959},
      {"1965", DatePrecision::kYear, 1965, 0, 0, 1965},
      {"2015-04", DatePrecision::kMonth, 2015, 4, 0, 2015},
      {"1972-08-25", DatePrecision::kDay, 1972, 8, 25, 1972},
      {"2016-02-29", DatePrecision::kDay, 2016, 2, 29, 2016},
      {"2000-02-29", DatePrecision::kDay, 2000, 2, 29, 2000},
      {"2019-12-31", DatePrecision::kDay, 2019, 12, 31, 2019},
  };
  for (const Case& c : cases) {
    std::optional<EventDate> d = EventDate::Parse(c.text);
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->precision, c.precision) << c.text;
    EXPECT_EQ(d->year, c.year) << c.text;
    EXPECT_EQ(d->month, c.month) << c.text;
    EXPECT_EQ(d->day, c.day) << c.text;
    EXPECT_EQ(d->FirstYear(), c.year) << c.text;
    EXPECT_EQ(d->LastYear(), c.last_year) << c.text;
    EXPECT_EQ(d->ToString(), c.text);
  }
  EXPECT_EQ(PrecisionName(DatePrecision::kDecade), "decade");
  EXPECT_EQ(PrecisionName(DatePrecision::kDay), "day");
}

TEST(EventDateTest, CoarserDatesSortBeforeTheFinerDatesTheyHold) {
  std::vector<std::string> texts = {"2019-08-06", "2019", "1950s", "2019-02-28", "2019-02", "1965", "1950"};
  std::vector<EventDate> dates;
  for (const auto& t : texts) dates.push_back(*EventDate::Parse(t));
  std::sort(dates.begin(), dates.end());
  std::vector<std::string> sorted;
  for (const auto& d : dates) sorted.push_back(d.ToString());
  EXPECT_EQ(sorted, (std::vector<std::string>{"1950s", "1950", "1965", "2019", "2019-02", "2019-02-28", "2019-08-06"}));
}

}  // namespace event_date_test
}  // namespace entente
