// Option checks shared by the commands (query/option_values.h, which the
// server shares), stricter than CLI11's own parsing:
// CLI11 reads "0x7dd" as 2013, "1e3" as 1000 and an enum's number in place of
// its name, and its range messages print the type's limits (a 309-digit
// bound). These accept numbers written in decimal digits and names only, and
// say in words what they expected.
#ifndef ENTENTE_CLI_VALIDATORS_H_
#define ENTENTE_CLI_VALIDATORS_H_

#include <cstdint>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "query/option_values.h"

namespace entente {

// A whole number in decimal digits from `min` to `max`; `what` names it in
// the message ("a year", "a count").
CLI::Validator DecimalNumber(uint64_t min, uint64_t max, const std::string& what);
// A count of things: 0 or more (up to ten million).
CLI::Validator Count();
// A year from 1400 to 2100, in digits.
CLI::Validator Year();
// A text that is not empty: an empty filter would silently mean no filter.
CLI::Validator NonEmptyText();

// Maps a name (any case) to its enum value, and refuses anything else,
// numbers included. `names` must outlive the option.
template <typename Enum>
CLI::Validator NamesOnly(const std::map<std::string, Enum>& names) {
  return CLI::Validator(
      [&names](std::string& value) -> std::string {
        Result<Enum> found = LookupName(names, value);
        if (!found.ok()) return found.status().message();
        value = std::to_string(static_cast<int64_t>(*found));
        return std::string();
      },
      "NAME");
}

}  // namespace entente

#endif  // ENTENTE_CLI_VALIDATORS_H_
