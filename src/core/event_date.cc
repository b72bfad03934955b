// Parsing and printing event dates.
#include "core/event_date.h"

#include <fmt/format.h>

namespace entente {
namespace {

constexpr int kMonthsPerYear = 12;

bool Digits(std::string_view s, size_t n, int* out) {
  if (s.size() != n) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[kMonthsPerYear] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<EventDate> EventDate::Parse(std::string_view text) {
  EventDate d;
  if (text.size() == 5 && text.back() == 's') {
    if (!Digits(text.substr(0, 4), 4, &d.year) || d.year % 10 != 0 || d.year == 0) return std::nullopt;
    d.precision = DatePrecision::kDecade;
    return d;
  }
  // The calendar has no year 0: "0000" is no date.
  if (!Digits(text.substr(0, 4), 4, &d.year) || d.year == 0) return std::nullopt;
  if (text.size() == 4) {
    d.precision = DatePrecision::kYear;
    return d;
  }
  if (text.size() < 7 || text[4] != '-' || !Digits(text.substr(5, 2), 2, &d.month)) return std::nullopt;
  if (d.month < 1 || d.month > kMonthsPerYear) return std::nullopt;
  if (text.size() == 7) {
    d.precision = DatePrecision::kMonth;
    return d;
  }
  if (text.size() != 10 || text[7] != '-' || !Digits(text.substr(8, 2), 2, &d.day)) return std::nullopt;
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  d.precision = DatePrecision::kDay;
  return d;
}

std::string EventDate::ToString() const {
  switch (precision) {
    case DatePrecision::kDecade: return fmt::format("{:04d}s", year);
    case DatePrecision::kYear: return fmt::format("{:04d}", year);
    case DatePrecision::kMonth: return fmt::format("{:04d}-{:02d}", year, month);
    case DatePrecision::kDay: return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  }
  return {};
}

std::string_view PrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDecade: return "decade";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kDay: return "day";
  }
  return {};
}

}  // namespace entente
