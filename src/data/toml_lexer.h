// A strict lexical check of TOML 1.0 (https://toml.io/en/v1.0.0 and its ABNF
// grammar), run on the whole text before toml++ builds the tree: toml++ 3.3
// (Debian's) asserts or reaches undefined behaviour on some malformed input,
// so it is given only text that this check accepts. Nothing is built here.
//
// Checked, by the grammar: one expression a line (a key/value pair, a [table]
// or [[array of tables]] header, a comment or nothing) and lines ending in LF
// or CRLF; keys bare (A-Z a-z 0-9 _ -), "basic" or 'literal' quoted, and
// dotted; basic, literal and multi-line strings, with the escapes \b \t \n \f
// \r \" \\ \uXXXX \UXXXXXXXX (Unicode scalar values only) and line-ending
// backslashes; integers (decimal without leading zeros, 0x, 0o, 0b, '_' only
// between digits), floats (fraction, exponent, inf, nan), booleans, offset and
// local date-times, local dates and times (month, day of the month, hour,
// minute and second in range); arrays (over lines, with comments and a
// trailing comma) and inline tables (on one line, no trailing comma); the text
// as UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), with
// an optional byte-order mark at the start.
//
// Refused, at the first place the grammar fails, with what was expected there
// and what came instead: anything else, such as control characters other than
// tab (in strings and comments too), a carriage return without a line feed,
// and non-ASCII characters outside strings and comments. Two more refusals go
// beyond TOML 1.0: arrays and inline tables nested deeper than
// kMaxTomlNesting (the check recurses), and a non-ASCII character first after
// a line-ending backslash, where toml++ 3.3 reaches an `unreachable` point.
//
// What the grammar cannot see is left to toml++, which reports it located:
// keys defined twice, tables redefined, integers beyond 64 bits.
#ifndef ENTENTE_DATA_TOML_LEXER_H_
#define ENTENTE_DATA_TOML_LEXER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

inline constexpr int kMaxTomlNesting = 100;

// Where the text stops being TOML: 1-based line and column (in characters,
// a byte-order mark not counted) and what was expected there.
struct TomlLexError {
  int64_t line = 0;
  int64_t column = 0;
  std::string what;
};

// The first lexical error of `text`, or nullopt when it is well-formed TOML.
std::optional<TomlLexError> FindTomlLexError(std::string_view text);

}  // namespace entente

#endif  // ENTENTE_DATA_TOML_LEXER_H_
