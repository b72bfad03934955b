// EventDate: the date of an event with no more precision than its source
// gives: a decade ("1950s"), a year ("1965"), a month ("2015-04") or a day
// ("1972-08-25"). Dates order by their first day, so "2019" sorts before
// "2019-02" and "2019-02" before "2019-02-28".
#ifndef ENTENTE_CORE_EVENT_DATE_H_
#define ENTENTE_CORE_EVENT_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

enum class DatePrecision { kDecade, kYear, kMonth, kDay };

struct EventDate {
  int year = 0;   // for a decade, its first year (1950 for "1950s")
  int month = 0;  // 1-12, or 0 when coarser than a month
  int day = 0;    // 1-31, or 0 when coarser than a day
  DatePrecision precision = DatePrecision::kYear;

  // Parses "YYYYs" (YYYY ending in 0), "YYYY", "YYYY-MM" or "YYYY-MM-DD", with
  // a real calendar day (leap years included). Returns nullopt on anything else.
  static std::optional<EventDate> Parse(std::string_view text);

  // The text Parse() reads back: "1950s", "1965", "2015-04", "1972-08-25".
  std::string ToString() const;
  // The first and last calendar years the date may fall in.
  int FirstYear() const { return year; }
  int LastYear() const { return precision == DatePrecision::kDecade ? year + 9 : year; }

  // Orders by (year, month, day) with the unknown parts as 0: a coarser date
  // sorts before the finer dates it contains.
  auto operator<=>(const EventDate& o) const {
    if (auto c = year <=> o.year; c != 0) return c;
    if (auto c = month <=> o.month; c != 0) return c;
    if (auto c = day <=> o.day; c != 0) return c;
    return precision <=> o.precision;
  }
  bool operator==(const EventDate& o) const = default;
};

// "decade", "year", "month" or "day".
std::string_view PrecisionName(DatePrecision precision);

}  // namespace entente

#endif  // ENTENTE_CORE_EVENT_DATE_H_
