// Number formatting with fmt, which is locale-independent and round-trips.
#include "core/number_format.h"

#include <fmt/compile.h>
#include <fmt/format.h>

namespace entente {

std::string FormatShortest(double v) {
  char buf[32];
  return std::string(buf, AppendShortest(v, buf));
}

size_t AppendShortest(double v, char* out) {
  if (v == 0) {  // no "-0"
    out[0] = '0';
    return 1;
  }
  return static_cast<size_t>(fmt::format_to(out, FMT_COMPILE("{}"), v) - out);
}

std::string FormatFixed(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

std::string CellText(const Cell& cell) {
  switch (cell.index()) {
    case 1: return std::to_string(std::get<int64_t>(cell));
    case 2: return FormatShortest(std::get<double>(cell));
    case 3: return std::get<std::string>(cell);
    default: return "";
  }
}

std::string CellDisplay(const Cell& cell, int decimals) {
  switch (cell.index()) {
    case 1: return std::to_string(std::get<int64_t>(cell));
    case 2: return FormatFixed(std::get<double>(cell), decimals);
    case 3: return std::get<std::string>(cell);
    default: return "-";
  }
}

}  // namespace entente
