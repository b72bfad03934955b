// Parsing and printing dates.
#include "core/date.h"

#include <fmt/format.h>

#include "core/text.h"

namespace entente {
namespace {

bool ValidDay(int y, int m, int d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

std::string Date::ToString() const {
  switch (precision) {
    case Precision::kYear: return fmt::format("{:04}", year);
    case Precision::kMonth: return fmt::format("{:04}-{:02}", year, month);
    case Precision::kDay: return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  }
  return "";
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  Date d;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!ParseInt(text.substr(0, 4), &d.year) || text[0] == '-' || text[0] == '+') return std::nullopt;
  d.precision = Date::Precision::kYear;
  if (text.size() == 4) return d;
  if (text[4] != '-' || !ParseInt(text.substr(5, 2), &d.month) || d.month < 1 || d.month > 12) return std::nullopt;
  d.precision = Date::Precision::kMonth;
  if (text.size() == 7) return d;
  if (text[7] != '-' || !ParseInt(text.substr(8, 2), &d.day) || !ValidDay(d.year, d.month, d.day)) return std::nullopt;
  d.precision = Date::Precision::kDay;
  return d;
}

std::optional<Date> ParseUsDate(std::string_view text) {
  size_t a = text.find('/');
  size_t b = a == std::string_view::npos ? a : text.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  Date d;
  if (!ParseInt(text.substr(0, a), &d.month) || !ParseInt(text.substr(a + 1, b - a - 1), &d.day) ||
      !ParseInt(text.substr(b + 1), &d.year) || text.size() - b - 1 != 4 || !ValidDay(d.year, d.month, d.day)) {
    return std::nullopt;
  }
  return d;
}

}  // namespace entente
