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

// Finds what toml++ 3.3 (Debian's) must not be given, and reports it as a
// data error naming source:line:column:
// - a non-ASCII character outside quoted strings and comments, where TOML 1.0
//   allows none (bare keys are ASCII): toml++ reaches an "unreachable" point,
//   undefined behaviour, at such a character between tokens (any code point
//   from U+00A1 to U+0499, say);
// - a table header whose key does not start like one ("[&x]"), or a '}' inside
//   an array ("a = [}"): toml++ asserts that neither happens (an abort in a
//   debug build, an assumption of the optimiser in a release one).
// No text reaches toml++ unchecked. OK for text toml++ can be given; a leading
// byte-order mark is allowed.
Status CheckTomlCharacters(std::string_view text, const std::string& source);

// Where CheckTomlCharacters finds a problem: 1-based line and column (in
// characters) and what it is, or nullopt when there is none.
struct TomlPosition {
  int64_t line = 0;
  int64_t column = 0;
  std::string_view problem;
};
std::optional<TomlPosition> FindTextTomlRefuses(std::string_view text);
inline constexpr std::string_view kTomlCharacterProblem =
    "a non-ASCII character outside a quoted string or a comment; TOML allows them only inside quotes";
inline constexpr std::string_view kTomlArrayBraceProblem =
    "a '}' inside an array, where a value, ',' or ']' is expected";
inline constexpr std::string_view kTomlHeaderProblem =
    "a table header needs a key: a letter, digit, '_' or '-', or a quoted string, after '[' or '[['";

}  // namespace entente

#endif  // ENTENTE_DATA_TOML_PARSE_H_
