// Parsing a TOML document (manifest, claim file, vendor table) with the one
// error form every file error in entente takes: "source:line:column: what".
#ifndef ENTENTE_DATA_TOML_PARSE_H_
#define ENTENTE_DATA_TOML_PARSE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "core/status.h"

namespace entente {

// The parsed document, or a data error naming `source`, line and column.
// Checks the text with CheckTomlCharacters first.
Result<toml::table> ParseToml(std::string_view text, const std::string& source);

// Finds a non-ASCII character outside quoted strings and comments, where TOML
// 1.0 allows none (bare keys are ASCII), and reports it as a data error
// naming source:line:column. toml++ 3.3 (Debian's) reaches an "unreachable"
// point, undefined behaviour, when it meets such a character between tokens
// (any code point from U+00A1 to U+0499, say): no text reaches it unchecked.
// OK for text toml++ can be given; a leading byte-order mark is allowed.
Status CheckTomlCharacters(std::string_view text, const std::string& source);

// Where CheckTomlCharacters finds its character: 1-based line and column
// (in characters), or nullopt when there is none.
struct TomlPosition {
  int64_t line = 0;
  int64_t column = 0;
};
std::optional<TomlPosition> FindCharacterTomlRefuses(std::string_view text);
inline constexpr std::string_view kTomlCharacterProblem =
    "a non-ASCII character outside a quoted string or a comment; TOML allows them only inside quotes";

}  // namespace entente

#endif  // ENTENTE_DATA_TOML_PARSE_H_
