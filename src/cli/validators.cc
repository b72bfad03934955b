// CLI11 validators over the shared checks of query/option_values.h.
#include "cli/validators.h"

#include <fmt/format.h>

#include "query/option_values.h"

namespace entente {

CLI::Validator DecimalNumber(uint64_t min, uint64_t max, const std::string& what) {
  return CLI::Validator(
      [min, max, what](std::string& value) -> std::string {
        Result<uint64_t> n = ParseDecimal(value, min, max, what);
        return n.ok() ? std::string() : n.status().message();
      },
      fmt::format("{}-{}", min, max));
}

CLI::Validator Count() { return DecimalNumber(0, kMaxCount, "a count"); }

CLI::Validator Year() { return DecimalNumber(kFirstYearTyped, kLastYearTyped, "a year"); }

CLI::Validator NonEmptyText() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        Status st = CheckNonEmptyText(value);
        return st.ok() ? std::string() : st.message();
      },
      "TEXT");
}

}  // namespace entente
