// Parsing and printing of CalendarDate.
#include "core/calendar_date.h"

#include <fmt/format.h>

#include "core/text.h"

namespace entente {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<CalendarDate> Make(std::string_view y, std::string_view m, std::string_view d) {
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return std::nullopt;
  CalendarDate date;
  if (!ParseInt(y, &date.year) || !ParseInt(m, &date.month) || !ParseInt(d, &date.day)) return std::nullopt;
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > DaysIn(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

}  // namespace

std::string CalendarDate::ToIso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<CalendarDate> CalendarDate::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  return Make(text.substr(0, 4), text.substr(5, 2), text.substr(8, 2));
}

std::optional<CalendarDate> CalendarDate::ParseMonthDayYear(std::string_view text) {
  size_t a = text.find('/');
  if (a == std::string_view::npos) return std::nullopt;
  size_t b = text.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  std::string_view m = text.substr(0, a), d = text.substr(a + 1, b - a - 1), y = text.substr(b + 1);
  if (m.size() > 2 || d.size() > 2 || y.size() != 4) return std::nullopt;
  return Make(y, m, d);
}

}  // namespace entente
