// The TOML 1.0 lexical check: a recursive descent over the grammar's
// productions that only moves through the text, one function a production.
#include "data/toml_lexer.h"

#include <fmt/format.h>

#include <algorithm>

namespace entente {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kValueKinds = "a value (a quoted string, number, boolean, date-time, array or inline table)";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsBareKeyChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '_' || c == '-';
}
bool IsKeyStart(char c) { return IsBareKeyChar(c) || c == '"' || c == '\''; }
// Control characters TOML allows nowhere unescaped (tab is allowed; line
// breaks are handled before this is asked).
bool IsControl(unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7F; }

// Decodes the UTF-8 sequence at text[i]: its length and code point, or 0 when
// it is not a well-formed one (overlong, a surrogate, above U+10FFFF, cut).
size_t DecodeUtf8(std::string_view text, size_t i, char32_t* cp) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  size_t len;
  char32_t min;
  if (b < 0x80) {
    *cp = b;
    return 1;
  } else if (b >= 0xC2 && b <= 0xDF) {
    len = 2, min = 0x80, *cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3, min = 0x800, *cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4, min = 0x10000, *cp = b & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (byte(i + k) & 0x3F);
  }
  if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return len;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : t_(text) {}

  std::optional<TomlLexError> Run() {
    if (t_.substr(0, kBom.size()) == kBom) i_ = kBom.size();
    if (Document()) return std::nullopt;
    return std::move(error_);
  }

 private:
  // toml = expression *( newline expression )
  bool Document() {
    while (true) {
      Ws();
      if (AtEnd()) return true;
      std::string_view after;
      if (Peek() == '[') {
        if (!TableHeader()) return false;
        after = " after a table header";
      } else if (IsKeyStart(Peek())) {
        if (!KeyVal()) return false;
        after = " after a value";
      }
      Ws();
      if (Peek() == '#' && !Comment()) return false;
      if (AtEnd()) return true;
      if (!Newline()) {
        if (after.empty()) return Expected("a key = value pair, a [table] header, a comment or a line break");
        return Expected(fmt::format("a comment or a line break{}", after));
      }
    }
  }

  // table = std-table / array-table; the key and both brackets on one line.
  bool TableHeader() {
    bool array = At(1) == '[';
    std::string_view close = array ? "]]" : "]";
    i_ += close.size();
    Ws();
    if (!IsKeyStart(Peek())) {
      return Expected(array ? "a key after '[[' (letters, digits, '_', '-' or a quoted string)"
                            : "a key after '[' (letters, digits, '_', '-' or a quoted string)");
    }
    if (!Key()) return false;
    Ws();
    if (t_.substr(i_, close.size()) != close) return Expected(fmt::format("'.' or '{}' after the header's key", close));
    i_ += close.size();
    return true;
  }

  // keyval = key keyval-sep val
  bool KeyVal() {
    if (!Key()) return false;
    Ws();
    if (Peek() != '=') return Expected("'=' or '.' after a key");
    ++i_;
    Ws();
    return Value(kValueKinds);
  }

  // key = simple-key *( ws "." ws simple-key )
  bool Key() {
    if (!SimpleKey()) return false;
    while (true) {
      size_t before = i_;
      Ws();
      if (Peek() != '.') {
        i_ = before;
        return true;
      }
      ++i_;
      Ws();
      if (!SimpleKey()) return false;
    }
  }

  bool SimpleKey() {
    char c = Peek();
    if (IsBareKeyChar(c)) {
      while (!AtEnd() && IsBareKeyChar(Peek())) ++i_;
      return true;
    }
    if (c == '"' || c == '\'') {
      if (At(1) == c && At(2) == c) return Fail(i_, "a key cannot be a multi-line string");
      return c == '"' ? BasicString() : LiteralString();
    }
    return Expected("a key (letters, digits, '_', '-' or a quoted string)");
  }

  bool Value(std::string_view expected) {
    char c = Peek();
    if (AtEnd()) return Expected(expected);
    if (c == '"') return At(1) == '"' && At(2) == '"' ? MultiLineBasicString() : BasicString();
    if (c == '\'') return At(1) == '\'' && At(2) == '\'' ? MultiLineLiteralString() : LiteralString();
    if (c == '[' || c == '{') {
      if (depth_ == kMaxTomlNesting) {
        return Fail(i_, fmt::format("arrays and inline tables nested more than {} deep", kMaxTomlNesting));
      }
      ++depth_;
      bool ok = c == '[' ? Array() : InlineTable();
      --depth_;
      return ok;
    }
    if (c == 't' || c == 'f') {
      std::string_view word = c == 't' ? "true" : "false";
      if (t_.substr(i_, word.size()) != word) return Fail(i_, fmt::format("expected {}, the boolean", word));
      i_ += word.size();
      return true;
    }
    if (IsDigit(c) || c == '+' || c == '-' || c == 'i' || c == 'n') return NumberOrDateTime();
    return Expected(expected);
  }

  // array = "[" ws-comment-newline [ values ] ws-comment-newline "]", with
  // a comma between values and an optional one after the last.
  bool Array() {
    ++i_;
    while (true) {
      if (!WsCommentNewline()) return false;
      if (Peek() == ']') break;
      if (!Value("a value or ']' in an array")) return false;
      if (!WsCommentNewline()) return false;
      if (Peek() == ']') break;
      if (Peek() != ',') return Expected("',' or ']' in an array");
      ++i_;
    }
    ++i_;
    return true;
  }

  // inline-table = "{" ws [ keyval *( ws "," ws keyval ) ] ws "}"
  bool InlineTable() {
    ++i_;
    Ws();
    if (Peek() == '}') {
      ++i_;
      return true;
    }
    if (!IsKeyStart(Peek())) return Expected("a key or '}' in an inline table");
    while (true) {
      if (!KeyVal()) return false;
      Ws();
      if (Peek() == '}') {
        ++i_;
        return true;
      }
      if (Peek() != ',') {
        if (Peek() == '\n' || Peek() == '\r') {
          return Expected("',' or '}' in an inline table, which TOML keeps on one line");
        }
        return Expected("',' or '}' in an inline table");
      }
      ++i_;
      Ws();
      if (!IsKeyStart(Peek())) return Expected("a key after ',' in an inline table (TOML 1.0 has no trailing comma)");
    }
  }

  // ws-comment-newline = *( wschar / [ comment ] newline )
  bool WsCommentNewline() {
    while (true) {
      Ws();
      if (Peek() == '#' && !Comment()) return false;
      if (AtEnd() || !Newline()) return true;
    }
  }

  // comment = "#" *( tab / %x20-7E / non-ascii ), up to the line break.
  bool Comment() {
    ++i_;
    while (!AtEnd()) {
      unsigned char b = Byte();
      if (b == '\n' || (b == '\r' && At(1) == '\n')) return true;
      if (b == '\r') return LoneCarriageReturn();
      if (IsControl(b)) return Fail(i_, fmt::format("a control character (U+{:04X}) in a comment", b));
      if (!Character()) return false;
    }
    return true;
  }

  // basic-string = '"' *( basic-unescaped / escaped ) '"', on one line.
  bool BasicString() {
    size_t start = i_++;
    while (true) {
      if (AtEnd()) return Fail(i_, "expected '\"' to close the string begun at " + Where(start));
      unsigned char b = Byte();
      if (b == '"') break;
      if (b == '\n' || b == '\r') {
        return Fail(i_,
                    "a line break inside a single-line string; close it with '\"' or use a multi-line one (\"\"\")");
      }
      if (b == '\\') {
        if (!Escape()) return false;
      } else if (!StringCharacter()) {
        return false;
      }
    }
    ++i_;
    return true;
  }

  // literal-string = "'" *literal-char "'", on one line, without escapes.
  bool LiteralString() {
    size_t start = i_++;
    while (true) {
      if (AtEnd()) return Fail(i_, "expected \"'\" to close the string begun at " + Where(start));
      unsigned char b = Byte();
      if (b == '\'') break;
      if (b == '\n' || b == '\r') {
        return Fail(i_, "a line break inside a single-line string; close it with \"'\" or use a multi-line one (''')");
      }
      if (!StringCharacter()) return false;
    }
    ++i_;
    return true;
  }

  // ml-basic-string = '"""' [ newline ] body '"""'; the body may hold one or
  // two quotes in a row, escapes and line-ending backslashes.
  bool MultiLineBasicString() {
    size_t start = i_;
    i_ += 3;
    while (true) {
      if (AtEnd()) return Fail(i_, "expected '\"\"\"' to close the multi-line string begun at " + Where(start));
      unsigned char b = Byte();
      if (b == '"') {
        if (CloseMultiLine('"')) return true;
        continue;
      }
      if (b == '\\' && (At(1) == ' ' || At(1) == '\t' || At(1) == '\n' || At(1) == '\r')) {
        if (!LineEndingBackslash()) return false;
      } else if (b == '\\') {
        if (!Escape()) return false;
      } else if (!MultiLineCharacter()) {
        return false;
      }
    }
  }

  // ml-literal-string = "'''" [ newline ] body "'''", without escapes.
  bool MultiLineLiteralString() {
    size_t start = i_;
    i_ += 3;
    while (true) {
      if (AtEnd()) return Fail(i_, "expected \"'''\" to close the multi-line string begun at " + Where(start));
      if (Byte() == '\'') {
        if (CloseMultiLine('\'')) return true;
        continue;
      }
      if (!MultiLineCharacter()) return false;
    }
  }

  // Steps over a run of `quote`: fewer than three are part of the body
  // (false); three to five close the string (true), the first two of five
  // being part of it. A sixth is left after the string, for the caller.
  bool CloseMultiLine(char quote) {
    size_t n = 0;
    while (At(n) == quote) ++n;
    if (n < 3) {
      i_ += n;
      return false;
    }
    i_ += std::min<size_t>(n, 5);
    return true;
  }

  // mlb-escaped-nl = "\" ws newline *( wschar / newline ): the backslash, the
  // blanks and line breaks after it are trimmed.
  bool LineEndingBackslash() {
    ++i_;
    Ws();
    if (!Newline()) {
      if (Peek() == '\r') return LoneCarriageReturn();
      return Expected("a line break after a line-ending backslash and its blanks");
    }
    while (true) {
      Ws();
      if (!Newline()) break;
    }
    // toml++ 3.3 asks whether the first character after the trimmed blanks is
    // a blank itself, which reaches an `unreachable` point for most
    // non-ASCII characters (U+00A1 to U+0499 among them).
    if (!AtEnd() && Byte() >= 0x80) {
      return Fail(i_,
                  "a non-ASCII character right after a line-ending backslash, which the TOML parser cannot take; "
                  "begin the line with an ASCII character or drop the backslash");
    }
    return true;
  }

  // escaped = "\" ( '"' / "\" / "b" / "f" / "n" / "r" / "t" / "u" 4HEXDIG / "U" 8HEXDIG )
  bool Escape() {
    size_t start = i_++;
    char c = Peek();
    if (c == '"' || c == '\\' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
      ++i_;
      return true;
    }
    if (c != 'u' && c != 'U') {
      return Expected("an escape after '\\': \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX", false);
    }
    size_t digits = c == 'u' ? 4 : 8;
    ++i_;
    char32_t cp = 0;
    for (size_t k = 0; k < digits; ++k) {
      if (!IsHexDigit(Peek())) {
        return Expected(fmt::format("{} hexadecimal digits after '\\{}'", digits, c), false);
      }
      char h = Peek();
      cp = cp * 16 + static_cast<char32_t>(IsDigit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
      ++i_;
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return Fail(start, fmt::format("{} names no Unicode character (a surrogate or beyond U+10FFFF)",
                                     t_.substr(start, i_ - start)));
    }
    return true;
  }

  // One character of a single-line string other than its quote, a
  // backslash or a line break.
  bool StringCharacter() {
    unsigned char b = Byte();
    if (IsControl(b)) {
      return Fail(i_,
                  fmt::format("a control character (U+{:04X}) in a string; write it as the escape \\u{:04X}", b, b));
    }
    return Character();
  }

  // One character of a multi-line string's body, line breaks included.
  bool MultiLineCharacter() {
    if (Newline()) return true;
    if (Byte() == '\r') return LoneCarriageReturn();
    return StringCharacter();
  }

  // integer, float (with inf and nan), offset or local date-time, local date
  // or local time: told apart by their first characters.
  bool NumberOrDateTime() {
    if (DigitsAt(i_, 4) && At(4) == '-') return DateTime();
    if (DigitsAt(i_, 2) && At(2) == ':') return Time(false);
    return Number();
  }

  // full-date [ time-delim partial-time [ time-offset ] ]
  bool DateTime() {
    int year = NumberAt(i_, 4);
    i_ += 5;
    int month = 0, day = 0;
    if (!TwoDigits("the month", 1, 12, &month)) return false;
    if (Peek() != '-') return Expected("'-' after the month");
    ++i_;
    if (!TwoDigits("the day of the month", 1, DaysInMonth(year, month), &day)) return false;
    // The delimiter is T, t or a space; a space followed by no time ends the date.
    if (Peek() == 'T' || Peek() == 't' || (Peek() == ' ' && DigitsAt(i_ + 1, 2))) {
      ++i_;
      return Time(true);
    }
    return true;
  }

  // partial-time = hour ":" minute ":" second [ "." 1*DIGIT ], and after a
  // date an optional offset: "Z" or ( "+" / "-" ) hour ":" minute.
  bool Time(bool after_date) {
    int value = 0;
    if (!TwoDigits("the hour", 0, 23, &value)) return false;
    if (Peek() != ':') return Expected("':' after the hour");
    ++i_;
    if (!TwoDigits("the minutes", 0, 59, &value)) return false;
    if (Peek() != ':') return Expected("':' and the seconds after the minutes (TOML 1.0 requires seconds)");
    ++i_;
    if (!TwoDigits("the seconds", 0, 60, &value)) return false;
    if (Peek() == '.') {
      ++i_;
      if (!IsDigit(Peek())) return Expected("a digit of the fraction of a second");
      while (IsDigit(Peek())) ++i_;
    }
    if (!after_date) return true;
    if (Peek() == 'Z' || Peek() == 'z') {
      ++i_;
    } else if (Peek() == '+' || Peek() == '-') {
      ++i_;
      if (!TwoDigits("the offset's hours", 0, 23, &value)) return false;
      if (Peek() != ':') return Expected("':' after the offset's hours");
      ++i_;
      if (!TwoDigits("the offset's minutes", 0, 59, &value)) return false;
    }
    return true;
  }

  // Two digits from `min` to `max`, the value in *out.
  bool TwoDigits(std::string_view what, int min, int max, int* out) {
    if (!DigitsAt(i_, 2)) return Expected(fmt::format("two digits for {}", what));
    *out = NumberAt(i_, 2);
    if (*out < min || *out > max) {
      return Fail(i_,
                  fmt::format("{} is out of range for {}: expected {:02} to {:02}", t_.substr(i_, 2), what, min, max));
    }
    i_ += 2;
    return true;
  }

  // integer = dec-int / hex-int / oct-int / bin-int;
  // float = dec-int ( exp / frac [ exp ] ) / [ sign ] ( "inf" / "nan" )
  bool Number() {
    size_t start = i_;
    bool sign = Peek() == '+' || Peek() == '-';
    if (sign) ++i_;
    if (t_.substr(i_, 3) == "inf" || t_.substr(i_, 3) == "nan") {
      i_ += 3;
      return true;
    }
    if (!IsDigit(Peek())) return Expected(sign ? "a digit, inf or nan after the sign" : kValueKinds);
    if (Peek() == '0' && (At(1) == 'x' || At(1) == 'o' || At(1) == 'b')) {
      if (sign) return Fail(start, "a hexadecimal, octal or binary integer takes no sign");
      char base = At(1);
      i_ += 2;
      auto in_base = [base](char c) {
        return base == 'x' ? IsHexDigit(c) : base == 'o' ? c >= '0' && c <= '7' : c == '0' || c == '1';
      };
      std::string_view name = base == 'x' ? "a hexadecimal digit" : base == 'o' ? "an octal digit" : "a binary digit";
      return DigitRun(in_base, fmt::format("{} after '0{}'", name, base), name);
    }
    if (Peek() == '0' && (IsDigit(At(1)) || At(1) == '_')) {
      return Fail(i_, "a decimal number has no leading zeros (write 7, not 07)");
    }
    if (!DigitRun(IsDigit, "a digit", "a digit")) return false;
    if (Peek() == '.') {
      ++i_;
      if (!DigitRun(IsDigit, "a digit after the decimal point", "a digit")) return false;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++i_;
      if (Peek() == '+' || Peek() == '-') ++i_;
      if (!DigitRun(IsDigit, "a digit of the exponent", "a digit")) return false;
    }
    return true;
  }

  // digit *( digit / "_" digit )
  template <typename Pred>
  bool DigitRun(Pred is_digit, std::string_view first, std::string_view after_underscore) {
    if (!is_digit(Peek())) return Expected(first);
    while (true) {
      while (is_digit(Peek())) ++i_;
      if (Peek() != '_') return true;
      ++i_;
      if (!is_digit(Peek())) {
        return Expected(fmt::format("{} after '_' (an underscore goes between digits)", after_underscore));
      }
    }
  }

  // ws = *( space / tab )
  void Ws() {
    while (Peek() == ' ' || Peek() == '\t') ++i_;
  }

  // newline = LF / CRLF
  bool Newline() {
    if (Peek() == '\n') {
      ++i_;
      return true;
    }
    if (Peek() == '\r' && At(1) == '\n') {
      i_ += 2;
      return true;
    }
    return false;
  }

  bool LoneCarriageReturn() { return Fail(i_, "a carriage return without a line feed; lines end in LF or CRLF"); }

  // One printable ASCII or well-formed UTF-8 character, stepped over.
  bool Character() {
    char32_t cp;
    size_t len = DecodeUtf8(t_, i_, &cp);
    if (len == 0) return Fail(i_, fmt::format("the byte 0x{:02X} is not UTF-8, which TOML text is", Byte()));
    i_ += len;
    return true;
  }

  bool AtEnd() const { return i_ >= t_.size(); }
  // The character k bytes ahead, or NUL past the end (NUL is refused wherever
  // it is, so it never matches what a production looks for).
  char At(size_t k) const { return i_ + k < t_.size() ? t_[i_ + k] : '\0'; }
  char Peek() const { return At(0); }
  unsigned char Byte() const { return static_cast<unsigned char>(t_[i_]); }
  bool DigitsAt(size_t at, size_t n) const {
    if (at + n > t_.size()) return false;
    return std::all_of(t_.begin() + at, t_.begin() + at + n, IsDigit);
  }
  int NumberAt(size_t at, size_t n) const {
    int v = 0;
    for (size_t k = 0; k < n; ++k) v = v * 10 + (t_[at + k] - '0');
    return v;
  }

  // What stands at the cursor, for "expected ..., got ...". Outside strings
  // a non-ASCII character gets a word on where TOML allows it.
  std::string Got(bool outside_strings) const {
    if (AtEnd()) return "the end of the text";
    unsigned char b = Byte();
    if (b == '\n' || (b == '\r' && At(1) == '\n')) return "a line break";
    if (b == '\r') return "a carriage return without a line feed";
    if (b == '\t') return "a tab";
    if (b == ' ') return "a space";
    if (b == '\'') return "\"'\"";
    if (b < 0x80 && !IsControl(b)) return fmt::format("'{}'", static_cast<char>(b));
    if (b < 0x80) return fmt::format("the control character U+{:04X}", b);
    char32_t cp;
    if (DecodeUtf8(t_, i_, &cp) == 0) return fmt::format("the byte 0x{:02X}, which is not UTF-8", b);
    if (!outside_strings) return fmt::format("the character U+{:04X}", static_cast<uint32_t>(cp));
    return fmt::format("the non-ASCII character U+{:04X}, which TOML allows only in strings and comments",
                       static_cast<uint32_t>(cp));
  }

  bool Expected(std::string_view what, bool outside_strings = true) {
    return Fail(i_, fmt::format("expected {}, got {}", what, Got(outside_strings)));
  }

  // Line and column of byte `at`, as "line L, column C".
  std::string Where(size_t at) const {
    TomlLexError e = Locate(at);
    return fmt::format("line {}, column {}", e.line, e.column);
  }

  TomlLexError Locate(size_t at) const {
    TomlLexError e;
    size_t newline = at == 0 ? std::string_view::npos : t_.rfind('\n', at - 1);
    size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    if (line_start == 0 && t_.substr(0, kBom.size()) == kBom) line_start = std::min(at, kBom.size());
    auto begin = t_.begin();
    e.line = 1 + std::count(begin, begin + static_cast<std::ptrdiff_t>(at), '\n');
    // Columns count characters: every byte but UTF-8's continuation bytes.
    e.column =
        1 + std::count_if(begin + static_cast<std::ptrdiff_t>(line_start), begin + static_cast<std::ptrdiff_t>(at),
                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return e;
  }

  bool Fail(size_t at, std::string what) {
    error_ = Locate(at);
    error_->what = std::move(what);
    return false;
  }

  std::string_view t_;
  size_t i_ = 0;
  int depth_ = 0;
  std::optional<TomlLexError> error_;
};

}  // namespace

std::optional<TomlLexError> FindTomlLexError(std::string_view text) { return Lexer(text).Run(); }

}  // namespace entente
