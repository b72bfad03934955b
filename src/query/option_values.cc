// Decimal numbers and non-empty texts as typed.
#include "query/option_values.h"

#include <fmt/format.h>

namespace entente {

Result<uint64_t> ParseDecimal(std::string_view text, uint64_t min, uint64_t max, std::string_view what) {
  std::string expected = fmt::format("expected {} from {} to {}, written in digits", what, min, max);
  if (text.empty() || text.size() > 20 || text.find_first_not_of("0123456789") != std::string_view::npos) {
    return Status::Usage(fmt::format("{}, got \"{}\"", expected, text));
  }
  uint64_t n = 0;
  for (char c : text) {
    uint64_t digit = static_cast<uint64_t>(c - '0');
    if (n > (UINT64_MAX - digit) / 10) return Status::Usage(fmt::format("{}, got {}", expected, text));
    n = n * 10 + digit;
  }
  if (n < min || n > max) return Status::Usage(fmt::format("{}, got {}", expected, text));
  return n;
}

Status CheckNonEmptyText(std::string_view text) {
  if (text.find_first_not_of(" \t") == std::string_view::npos) {
    return Status::Usage("expected a text; an empty one would match everything (leave the option out for no filter)");
  }
  return Status::Ok();
}

}  // namespace entente
