// TOML parsing with located errors.
#include "data/toml_parse.h"

#include <fmt/format.h>

namespace entente {

namespace {

bool StartsKey(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '"' || c == '\'';
}

}  // namespace

std::optional<TomlPosition> FindTextTomlRefuses(std::string_view text) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  enum class In { kCode, kComment, kBasic, kLiteral, kMultiBasic, kMultiLiteral };
  In in = In::kCode;
  size_t i = text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  int64_t line = 1, column = 1;
  // Brackets and braces of values (arrays, inline tables) still open, the
  // innermost last: a '[' that starts a line outside them opens a table header.
  std::string open;
  bool line_start = true;  // only blanks so far on this line
  auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t step = 1;
    switch (in) {
      case In::kCode:
        if (c >= 0x80) return TomlPosition{line, column, kTomlCharacterProblem};
        if (c == '[' && line_start && open.empty()) {
          // A table header: '[' or '[[', blanks, then the key's first character.
          size_t k = i + 1;
          if (k < text.size() && text[k] == '[') ++k;
          while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
          // toml++ reports a ']' (an empty key) and the end of the text itself.
          if (k < text.size() && text[k] != ']' && !StartsKey(text[k])) {
            return TomlPosition{line, column + static_cast<int64_t>(k - i), kTomlHeaderProblem};
          }
          // The header's own brackets close on its line; they open no value.
          step = k - i;
        } else if (c == '[' || c == '{') {
          open.push_back(static_cast<char>(c));
        } else if (c == '}' && !open.empty() && open.back() == '[') {
          // toml++ takes it for the start of a value and asserts it is none.
          return TomlPosition{line, column, kTomlArrayBraceProblem};
        } else if ((c == ']' || c == '}') && !open.empty()) {
          open.pop_back();
        }
        if (c == '#') {
          in = In::kComment;
        } else if (starts("\"\"\"")) {
          in = In::kMultiBasic, step = 3;
        } else if (starts("'''")) {
          in = In::kMultiLiteral, step = 3;
        } else if (c == '"') {
          in = In::kBasic;
        } else if (c == '\'') {
          in = In::kLiteral;
        }
        break;
      case In::kComment:
        if (c == '\n') in = In::kCode;
        break;
      case In::kBasic:
        if (c == '\\' && i + 1 < text.size() && text[i + 1] != '\n') {
          step = 2;
        } else if (c == '"' || c == '\n') {
          in = In::kCode;
        }
        break;
      case In::kLiteral:
        if (c == '\'' || c == '\n') in = In::kCode;
        break;
      case In::kMultiBasic:
        if (c == '\\' && i + 1 < text.size()) {
          step = 2;
        } else if (starts("\"\"\"")) {
          // Up to two more quotes before the closing three belong to the string.
          step = 3;
          while (step < 5 && i + step < text.size() && text[i + step] == '"') ++step;
          in = In::kCode;
        }
        break;
      case In::kMultiLiteral:
        if (starts("'''")) {
          step = 3;
          while (step < 5 && i + step < text.size() && text[i + step] == '\'') ++step;
          in = In::kCode;
        }
        break;
    }
    for (size_t k = 0; k < step && i + k < text.size(); ++k) {
      unsigned char b = static_cast<unsigned char>(text[i + k]);
      if (b == '\n') {
        ++line, column = 1;
        line_start = in == In::kCode;
      } else {
        if ((b & 0xC0) != 0x80) ++column;  // columns count characters, not the bytes of one
        if (b != ' ' && b != '\t' && b != '\r') line_start = false;
      }
    }
    i += step;
  }
  return std::nullopt;
}

Status CheckTomlCharacters(std::string_view text, const std::string& source) {
  std::optional<TomlPosition> at = FindTextTomlRefuses(text);
  if (!at) return Status::Ok();
  return Status::DataError(fmt::format("{}:{}:{}: {}", source, at->line, at->column, at->problem));
}

Result<toml::table> ParseToml(std::string_view text, const std::string& source) {
  ENTENTE_RETURN_IF_ERROR(CheckTomlCharacters(text, source));
  try {
    return toml::parse(text, std::string_view(source));
  } catch (const toml::parse_error& e) {
    return Status::DataError(fmt::format("{}:{}:{}: {}", source, e.source().begin.line, e.source().begin.column,
                                         e.description()));
  }
}

}  // namespace entente
