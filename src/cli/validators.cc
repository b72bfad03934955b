// Decimal numbers and non-empty texts, checked before CLI11 converts them.
#include "cli/validators.h"

#include <fmt/format.h>

namespace entente {
namespace {

constexpr uint64_t kMaxCount = 10000000;
constexpr uint64_t kFirstYear = 1400;
constexpr uint64_t kLastYear = 2100;

}  // namespace

CLI::Validator DecimalNumber(uint64_t min, uint64_t max, const std::string& what) {
  return CLI::Validator(
      [min, max, what](std::string& value) -> std::string {
        std::string expected = fmt::format("expected {} from {} to {}, written in digits", what, min, max);
        if (value.empty() || value.size() > 20 || value.find_first_not_of("0123456789") != std::string::npos) {
          return fmt::format("{}, got \"{}\"", expected, value);
        }
        uint64_t n = 0;
        for (char c : value) {
          uint64_t digit = static_cast<uint64_t>(c - '0');
          if (n > (UINT64_MAX - digit) / 10) return fmt::format("{}, got {}", expected, value);
          n = n * 10 + digit;
        }
        if (n < min || n > max) return fmt::format("{}, got {}", expected, value);
        return std::string();
      },
      fmt::format("{}-{}", min, max));
}

CLI::Validator Count() { return DecimalNumber(0, kMaxCount, "a count"); }

CLI::Validator Year() { return DecimalNumber(kFirstYear, kLastYear, "a year"); }

CLI::Validator NonEmptyText() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.find_first_not_of(" \t") == std::string::npos) {
          return "expected a text; an empty one would match everything (leave the option out for no filter)";
        }
        return std::string();
      },
      "TEXT");
}

}  // namespace entente
