// CalendarDate: a day as datasets write it (ISO "1947-08-01", US "8/25/1972"),
// for records dated more finely than the year (vetoes, contiguity spells,
// reactor milestones).
#ifndef ENTENTE_CORE_CALENDAR_DATE_H_
#define ENTENTE_CORE_CALENDAR_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31, checked against the month (and leap years)

  auto operator<=>(const CalendarDate&) const = default;
  // "1972-08-25".
  std::string ToIso() const;

  // "YYYY-MM-DD"; nullopt for any other text or an impossible day.
  static std::optional<CalendarDate> ParseIso(std::string_view text);
  // "M/D/YYYY" with one or two digits for month and day; nullopt otherwise.
  static std::optional<CalendarDate> ParseMonthDayYear(std::string_view text);
};

}  // namespace entente

#endif  // ENTENTE_CORE_CALENDAR_DATE_H_
