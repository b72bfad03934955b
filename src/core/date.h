// Date: a calendar date with the precision the source gives (year, month or
// day), parsed from ISO 8601 text.
#ifndef ENTENTE_CORE_DATE_H_
#define ENTENTE_CORE_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

struct Date {
  enum class Precision { kYear, kMonth, kDay };
  int year = 0;
  int month = 0;  // 0 when precision is kYear
  int day = 0;    // 0 unless precision is kDay
  Precision precision = Precision::kDay;

  auto operator<=>(const Date& o) const {
    if (auto c = year <=> o.year; c != 0) return c;
    if (auto c = month <=> o.month; c != 0) return c;
    return day <=> o.day;
  }
  bool operator==(const Date& o) const = default;
  // "1972", "1972-08" or "1972-08-25".
  std::string ToString() const;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (checking month lengths and leap
// years); nullopt on anything else.
std::optional<Date> ParseIsoDate(std::string_view text);
// Parses "M/D/YYYY" (US order, as in the veto list); nullopt on anything else.
std::optional<Date> ParseUsDate(std::string_view text);

}  // namespace entente

#endif  // ENTENTE_CORE_DATE_H_
