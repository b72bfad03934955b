// The checks of what a user typed for an option, shared by the front ends: the
// CLI runs them as CLI11 validators and the server on query parameters, so
// that both accept the same values and say the same thing about the others.
// They are stricter than a plain conversion: numbers in decimal digits only
// ("0x7dd" and "1e3" are refused), names rather than an enum's number, and the
// message says in words what was expected.
#ifndef ENTENTE_QUERY_OPTION_VALUES_H_
#define ENTENTE_QUERY_OPTION_VALUES_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/status.h"

namespace entente {

inline constexpr uint64_t kMaxCount = 10000000;
inline constexpr uint64_t kFirstYearTyped = 1400;
inline constexpr uint64_t kLastYearTyped = 2100;

// A whole number in decimal digits from `min` to `max`; otherwise a usage
// error "expected WHAT from MIN to MAX, written in digits, got TEXT".
Result<uint64_t> ParseDecimal(std::string_view text, uint64_t min, uint64_t max, std::string_view what);
// A text with something but blanks in it: an empty filter would silently mean
// no filter. A usage error otherwise.
Status CheckNonEmptyText(std::string_view text);
// The names of `names`, comma-separated, for messages and help.
template <typename Value>
std::string ListNames(const std::map<std::string, Value>& names) {
  std::string listed;
  for (const auto& [name, _] : names) listed += (listed.empty() ? "" : ", ") + name;
  return listed;
}
// The value named `text` (any case) in `names`; a usage error "expected one
// of ..., got TEXT" otherwise.
template <typename Value>
Result<Value> LookupName(const std::map<std::string, Value>& names, std::string_view text) {
  std::string key(text);
  for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  auto it = names.find(key);
  if (it == names.end()) return Status::Usage("expected one of " + ListNames(names) + ", got \"" + std::string(text) + "\"");
  return it->second;
}

}  // namespace entente

#endif  // ENTENTE_QUERY_OPTION_VALUES_H_
