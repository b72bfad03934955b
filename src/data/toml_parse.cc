// TOML parsing with located errors.
#include "data/toml_parse.h"

#include <fmt/format.h>

#include <optional>

#include "data/toml_lexer.h"

namespace entente {

Result<toml::table> ParseToml(std::string_view text, const std::string& source) {
  if (std::optional<TomlLexError> bad = FindTomlLexError(text)) {
    return Status::DataError(fmt::format("{}:{}:{}: {}", source, bad->line, bad->column, bad->what));
  }
  try {
    return toml::parse(text, std::string_view(source));
  } catch (const toml::parse_error& e) {
    return Status::DataError(fmt::format("{}:{}:{}: {}", source, e.source().begin.line, e.source().begin.column,
                                         e.description()));
  }
}

}  // namespace entente
