// Tests of the TOML 1.0 lexical check: the spec's examples pass (and toml++
// parses them), and each kind of malformed text is refused at its place
// with what was expected there.
#include "data/toml_lexer.h"

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <string>

namespace entente {
namespace toml_lexer_test {

// "line:column: what" of the first error, or "" when the text passes.
std::string Check(std::string_view text) {
  std::optional<TomlLexError> e = FindTomlLexError(text);
  return e ? std::to_string(e->line) + ":" + std::to_string(e->column) + ": " + e->what : "";
}

struct Case {
  std::string text;
  std::string error;  // the start of Check's answer
};

void ExpectRefused(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::string got = Check(c.text);
    EXPECT_EQ(got.rfind(c.error, 0), 0u) << "text: " << c.text << "\n got: " << got;
  }
}

// Passes the check and parses with toml++, which the check stands in front of.
void ExpectWellFormed(std::string_view text) {
  EXPECT_EQ(Check(text), "") << text;
  toml::parse_result parsed = toml::parse(text);
  (void)parsed;
}

TEST(TomlLexerTest, AcceptsTheSpecsExamples) {
  const char* texts[] = {
      "",
      "\n\n",
      "# only a comment",
      "\xEF\xBB\xBFkey = \"value\"\n",
      "key = \"value\"  # comment\r\nother = 'x'\r\n",
      "bare_key = 1\nbare-key = 2\n1234 = 3\n\"127.0.0.1\" = 4\n\"character encoding\" = 5\n'quoted \"value\"' = 6\n"
      "\"\" = 7\n",
      "name = \"Orange\"\nphysical.color = \"orange\"\nsite.\"google.com\" = true\nfruit . flavor = 'x'\n3.14159 = "
      "\"pi\"\n",
      "str = \"I'm a string. \\\"You can quote me\\\". Name\\tJos\\u00E9\\nLocation\\tSF. \\U0001F600 "
      "\\b\\f\\r\\\\\"\n",
      "str1 = \"\"\"\nRoses are red\nViolets are blue\"\"\"\n",
      "str2 = \"\"\"\nThe quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog.\"\"\"\n",
      "str3 = \"\"\"\\\n       The quick brown \\  \n       fox.\\\n       \"\"\"\n",
      "str4 = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"\n"
      "str5 = \"\"\"Here are three quotation marks: \"\"\\\".\"\"\"\n"
      "str7 = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"\n",
      "winpath = 'C:\\Users\\nodejs\\templates'\nquoted = 'Tom \"Dubs\" Preston-Werner'\nregex = '<\\i\\c*\\s*>'\n",
      "regex2 = '''I [dw]on't need \\d{2} apples'''\nlines = '''\nThe first newline is\ntrimmed in raw strings.\n'''\n"
      "quot15 = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\n"
      "apos15 = \"Here are fifteen apostrophes: '''''''''''''''\"\n"
      "str = ''''That,' she said, 'is still pointless.''''\n",
      "int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nint7 = 53_49_221\nint8 = "
      "1_2_3_4_5\n"
      "hex1 = 0xDEADBEEF\nhex2 = 0xdeadbeef\nhex3 = 0xdead_beef\noct1 = 0o01234567\noct2 = 0o755\nbin1 = 0b11010110\n",
      "flt1 = +1.0\nflt2 = 3.1415\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt7 = 6.626e-34\n"
      "flt8 = 224_617.445_991_228\nsf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf4 = nan\nsf5 = +nan\nsf6 = -nan\nz = -0.0\n",
      "bool1 = true\nbool2 = false\n",
      "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\n"
      "odt4 = 1979-05-27 07:32:00Z\nodt5 = 1979-05-27t07:32:00z\nldt1 = 1979-05-27T07:32:00\n"
      "ldt2 = 1979-05-27T00:32:00.999999\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999\nleap = 2024-02-29\n",
      "integers = [ 1, 2, 3 ]\ncolors = [ \"red\", \"yellow\", \"green\" ]\nnested_arrays_of_ints = [ [ 1, 2 ], [3, 4, "
      "5] ]\n"
      "nested_mixed_array = [ [ 1, 2 ], [\"a\", \"b\", \"c\"] ]\nstring_array = [ \"all\", 'strings', \"\"\"are the "
      "same\"\"\", "
      "'''type''' ]\nnumbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]\ncontributors = [\n  \"Foo Bar <foo@example.com>\",\n"
      "  { name = \"Baz Qux\", email = \"bazqux@example.com\", url = \"https://example.com/bazqux\" }\n]\n"
      "integers2 = [\n  1, 2, 3\n]\nintegers3 = [\n  1,\n  2, # this is ok\n]\nempty = [ ]\nempty2 = [\n  # "
      "nothing\n]\n",
      "[table-1]\nkey1 = \"some string\"\n[table-2]\nkey1 = 456\n[dog.\"tater.man\"]\ntype.name = \"pug\"\n"
      "[a.b.c]\n[ d.e.f ]\n[ g .  h  . i ]\n[ j . \"ʞ\" . 'l' ]\n",
      "name = { first = \"Tom\", last = \"Preston-Werner\" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = \"pug\" "
      "}\n"
      "empty = {}\nlines = { a = [\n  1,\n  2 ], s = \"\"\"\nx\"\"\" }\n",
      "[[products]]\nname = \"Hammer\"\nsku = 738594937\n\n[[products]]  # empty table within the array\n\n"
      "[[products]]\nname = \"Nail\"\n[[fruits.varieties]]\nname = \"red delicious\"\n\t[[ fruits . physical ]]\n",
      "name = \"C\xc3\xb4te d'Ivoire\" # \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80\ns = '\xe4\xb8\xad'\nm = "
      "\"\"\"\n\xcf\x90\"\"\"\n"
      "\"k\xc3\xa9y\" = 1\n'\xc3\xa9' = 2\n",
  };
  for (const char* t : texts) ExpectWellFormed(t);
}

TEST(TomlLexerTest, RefusesMalformedLines) {
  ExpectRefused({
      {"= 1\n", "1:1: expected a key = value pair, a [table] header, a comment or a line break, got '='"},
      {"key\n", "1:4: expected '=' or '.' after a key, got a line break"},
      {"key = \n",
       "1:7: expected a value (a quoted string, number, boolean, date-time, array or inline table), got a line break"},
      {"key =", "1:6: expected a value"},
      {"a = 1 b = 2\n", "1:7: expected a comment or a line break after a value, got 'b'"},
      {"a = 1\r\nb = 2\rc = 3\n",
       "2:6: expected a comment or a line break after a value, got a carriage return without"},
      {"a.\n", "1:3: expected a key (letters, digits, '_', '-' or a quoted string), got a line break"},
      {"a . = 1\n", "1:5: expected a key"},
      {"\"\"\"k\"\"\" = 1\n", "1:1: a key cannot be a multi-line string"},
      {"a = yes\n", "1:5: expected a value"},
      {"a = tru\n", "1:5: expected true, the boolean"},
      {"a = True\n", "1:5: expected a value"},
      {"a = truex\n", "1:9: expected a comment or a line break after a value, got 'x'"},
      {"# a\x01 comment\n", "1:4: a control character (U+0001) in a comment"},
      {"# del \x7f\n", "1:7: a control character (U+007F) in a comment"},
      {"a = 1 # x\rb\n", "1:10: a carriage return without a line feed"},
  });
  EXPECT_EQ(Check(std::string_view("\0", 1)),
            "1:1: expected a key = value pair, a [table] header, a comment or a line break, got the control character "
            "U+0000");
}

TEST(TomlLexerTest, RefusesMalformedTableHeaders) {
  ExpectRefused({
      {"[&x]\n", "1:2: expected a key after '[' (letters, digits, '_', '-' or a quoted string), got '&'"},
      {"[[&claim]]\n", "1:3: expected a key after '[['"},
      {"[]\n", "1:2: expected a key after '['"},
      {"[\n", "1:2: expected a key after '[' (letters, digits, '_', '-' or a quoted string), got a line break"},
      {"[[\r\n", "1:3: expected a key after '[[' (letters, digits, '_', '-' or a quoted string), got a line break"},
      {"[ [a] ]\n", "1:3: expected a key after '['"},
      {"[a\n", "1:3: expected '.' or ']' after the header's key, got a line break"},
      {"[[a]\n", "1:4: expected '.' or ']]' after the header's key, got ']'"},
      {"[[a] ]\n", "1:4: expected '.' or ']]'"},
      {"[a]]\n", "1:4: expected a comment or a line break after a table header, got ']'"},
      {"[a] b = 1\n", "1:5: expected a comment or a line break after a table header, got 'b'"},
      {"[a.]\n", "1:4: expected a key"},
      {"[\"a\nb\"]\n", "1:4: a line break inside a single-line string"},
  });
}

TEST(TomlLexerTest, RefusesMalformedStrings) {
  ExpectRefused({
      {"a = \"x\n", "1:7: a line break inside a single-line string; close it with '\"' or use a multi-line one"},
      {"a = 'x\n", "1:7: a line break inside a single-line string; close it with \"'\""},
      {"a = \"x", "1:7: expected '\"' to close the string begun at line 1, column 5"},
      {"a = 'x", "1:7: expected \"'\" to close the string begun at line 1, column 5"},
      {"a = \"\"\"x\n", "2:1: expected '\"\"\"' to close the multi-line string begun at line 1, column 5"},
      {"a = '''x''\n", "2:1: expected \"'''\" to close the multi-line string"},
      {"a = \"\\q\"\n",
       "1:7: expected an escape after '\\': \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX, got 'q'"},
      {"a = \"\\x41\"\n", "1:7: expected an escape after '\\'"},
      {"a = \"\\\xc3\xa9\"\n",
       "1:7: expected an escape after '\\': \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX, got the "
       "character U+00E9"},
      {"a = \"\\u12\"\n", "1:10: expected 4 hexadecimal digits after '\\u', got '\"'"},
      {"a = \"\\U0000004\"\n", "1:15: expected 8 hexadecimal digits after '\\U'"},
      {"a = \"\\uD800\"\n", "1:6: \\uD800 names no Unicode character"},
      {"a = \"\\U00110000\"\n", "1:6: \\U00110000 names no Unicode character"},
      {"a = \"a\x01\"\n", "1:7: a control character (U+0001) in a string; write it as the escape \\u0001"},
      {"a = 'a\x7f'\n", "1:7: a control character (U+007F) in a string"},
      {"a = \"\"\"\na\x1b\"\"\"\n", "2:2: a control character (U+001B) in a string"},
      {"a = '''\r'''\n", "1:8: a carriage return without a line feed"},
      {"a = \"\"\"\\ x\"\"\"\n", "1:10: expected a line break after a line-ending backslash and its blanks, got 'x'"},
      {"a = \"x\" \"y\"\n", "1:9: expected a comment or a line break after a value, got '\"'"},
      {"a = '''x''''''\n", "1:14: expected a comment or a line break after a value, got \"'\""},
      {"a = \"\"\"x\"\"\"\"\"\"\n", "1:14: expected a comment or a line break after a value, got '\"'"},
  });
}

TEST(TomlLexerTest, RefusesMalformedNumbersAndDates) {
  ExpectRefused({
      {"a = 07\n", "1:5: a decimal number has no leading zeros (write 7, not 07)"},
      {"a = -0_1\n", "1:6: a decimal number has no leading zeros"},
      {"a = 1__2\n", "1:7: expected a digit after '_' (an underscore goes between digits), got '_'"},
      {"a = 1_\n", "1:7: expected a digit after '_'"},
      {"a = _1\n", "1:5: expected a value"},
      {"a = 1.\n", "1:7: expected a digit after the decimal point, got a line break"},
      {"a = .5\n", "1:5: expected a value"},
      {"a = 1.e5\n", "1:7: expected a digit after the decimal point, got 'e'"},
      {"a = 1e\n", "1:7: expected a digit of the exponent"},
      {"a = 1e+\n", "1:8: expected a digit of the exponent"},
      {"a = 1.5.3\n", "1:8: expected a comment or a line break after a value, got '.'"},
      {"a = 0x\n", "1:7: expected a hexadecimal digit after '0x'"},
      {"a = 0xG\n", "1:7: expected a hexadecimal digit after '0x', got 'G'"},
      {"a = 0o8\n", "1:7: expected an octal digit after '0o'"},
      {"a = 0b2\n", "1:7: expected a binary digit after '0b'"},
      {"a = 0b1_\n", "1:9: expected a binary digit after '_'"},
      {"a = +0x1\n", "1:5: a hexadecimal, octal or binary integer takes no sign"},
      {"a = 0X1\n", "1:6: expected a comment or a line break after a value, got 'X'"},
      {"a = +\n", "1:6: expected a digit, inf or nan after the sign"},
      {"a = infinity\n", "1:8: expected a comment or a line break after a value, got 'i'"},
      {"a = Inf\n", "1:5: expected a value"},
      {"a = 1979-13-01\n", "1:10: 13 is out of range for the month: expected 01 to 12"},
      {"a = 1979-02-29\n", "1:13: 29 is out of range for the day of the month: expected 01 to 28"},
      {"a = 1979-04-31\n", "1:13: 31 is out of range for the day of the month: expected 01 to 30"},
      {"a = 1979-00-10\n", "1:10: 00 is out of range for the month"},
      {"a = 1979-5-27\n", "1:10: expected two digits for the month, got '5'"},
      {"a = 1979-05-27T\n", "1:16: expected two digits for the hour, got a line break"},
      {"a = 1979-05-27T24:00:00\n", "1:16: 24 is out of range for the hour: expected 00 to 23"},
      {"a = 1979-05-27T07:60:00\n", "1:19: 60 is out of range for the minutes"},
      {"a = 1979-05-27T07:32\n", "1:21: expected ':' and the seconds after the minutes (TOML 1.0 requires seconds)"},
      {"a = 1979-05-27 07:32\n", "1:21: expected ':' and the seconds"},
      {"a = 07:32:61\n", "1:11: 61 is out of range for the seconds: expected 00 to 60"},
      {"a = 07:32:00.\n", "1:14: expected a digit of the fraction of a second"},
      {"a = 07:32:00Z\n", "1:13: expected a comment or a line break after a value, got 'Z'"},
      {"a = 1979-05-27T07:32:00+07\n", "1:27: expected ':' after the offset's hours"},
      {"a = 1979-05-27T07:32:00+7:00\n", "1:25: expected two digits for the offset's hours"},
      {"a = 1979-05-27T07:32:00-07:60\n", "1:28: 60 is out of range for the offset's minutes"},
      {"a = 1979-05-27 x\n", "1:16: expected a comment or a line break after a value, got 'x'"},
      {"a = 12:3\n", "1:8: expected two digits for the minutes"},
  });
}

TEST(TomlLexerTest, RefusesMalformedArraysAndInlineTables) {
  ExpectRefused({
      {"a = [1 2]\n", "1:8: expected ',' or ']' in an array, got '2'"},
      {"a = [1,,2]\n", "1:8: expected a value or ']' in an array, got ','"},
      {"a = [,]\n", "1:6: expected a value or ']' in an array, got ','"},
      {"a = [1\n", "2:1: expected ',' or ']' in an array, got the end of the text"},
      {"a = [1,\n  }]\n", "2:3: expected a value or ']' in an array, got '}'"},
      {"[paper]\ntitle = [[[[}\n", "2:13: expected a value or ']' in an array, got '}'"},
      {"a = [ # x\x02\n]\n", "1:10: a control character (U+0002) in a comment"},
      {"a = {b = 1,}\n", "1:12: expected a key after ',' in an inline table (TOML 1.0 has no trailing comma), got '}'"},
      {"a = {b = 1\n}\n",
       "1:11: expected ',' or '}' in an inline table, which TOML keeps on one line, got a line break"},
      {"a = {\nb = 1}\n", "1:6: expected a key or '}' in an inline table, got a line break"},
      {"a = {b = 1 c = 2}\n", "1:12: expected ',' or '}' in an inline table, got 'c'"},
      {"a = {b}\n", "1:7: expected '=' or '.' after a key, got '}'"},
      {"a = {b = 1 # x\n}\n", "1:12: expected ',' or '}' in an inline table, got '#'"},
      {"a = {,}\n", "1:6: expected a key or '}' in an inline table, got ','"},
      {"a = [1]]\n", "1:8: expected a comment or a line break after a value, got ']'"},
      {"a = }\n", "1:5: expected a value"},
  });
  std::string deep = "a = " + std::string(kMaxTomlNesting, '[') + std::string(kMaxTomlNesting, ']') + "\n";
  EXPECT_EQ(Check(deep), "");
  std::string deeper = "a = " + std::string(kMaxTomlNesting + 1, '[');
  EXPECT_EQ(Check(deeper), "1:105: arrays and inline tables nested more than 100 deep");
}

// TOML allows non-ASCII characters only in strings and comments; the text
// must be UTF-8 throughout.
TEST(TomlLexerTest, NonAsciiOnlyInStringsAndCommentsAndOnlyUtf8) {
  ExpectRefused({
      {"k\xc3\xa9y = 1\n",
       "1:2: expected '=' or '.' after a key, got the non-ASCII character U+00E9, which TOML allows "
       "only in strings and comments"},
      {"a = 1\n\xc2\xa0"
       "b = 2\n",
       "2:1: expected a key = value pair, a [table] header, a comment or a line break, got "
       "the non-ASCII character U+00A0"},
      {"[[claim]]\nid = \xcf\x90\"x\"\n",
       "2:6: expected a value (a quoted string, number, boolean, date-time, array or inline "
       "table), got the non-ASCII character U+03D0, which TOML allows only in strings"},
      {"a = \"\xff\"\n", "1:6: the byte 0xFF is not UTF-8, which TOML text is"},
      {"# \xc3\n", "1:3: the byte 0xC3 is not UTF-8"},
      {"a = '\xc0\xaf'\n", "1:6: the byte 0xC0 is not UTF-8"},                  // an overlong '/'
      {"a = '\xed\xa0\x80'\n", "1:6: the byte 0xED is not UTF-8"},              // a surrogate, U+D800
      {"a = '\xf4\x90\x80\x80'\n", "1:6: the byte 0xF4 is not UTF-8"},          // beyond U+10FFFF
      {"a = \"\xe4\xb8\"\n", "1:6: the byte 0xE4 is not UTF-8"},                // a character cut short
      {"a = '\xc3\xa9\x80'\n", "1:7: the byte 0x80 is not UTF-8"},              // a stray continuation byte
      {"\xEF\xBB\xBF\xEF\xBB\xBFx = 1\n", "1:1: expected a key = value pair"},  // a second byte-order mark
      {"a = [\xc2\xa0]\n", "1:6: expected a value or ']' in an array, got the non-ASCII character U+00A0"},
      {"a = 1\xe3\x80\x80\n",
       "1:6: expected a comment or a line break after a value, got the non-ASCII character U+3000"},
  });
  // Columns count characters, not bytes.
  EXPECT_EQ(Check("s = \"\xc3\xa9\xc3\xa9\" x\n").substr(0, 5), "1:10:");
}

// toml++ 3.3 asks whether the first character after a line-ending
// backslash's trimmed blanks is a blank, which for most non-ASCII characters
// reaches an `unreachable` point: such text is refused though TOML allows it.
TEST(TomlLexerTest, RefusesNonAsciiRightAfterALineEndingBackslash) {
  ExpectRefused({
      {"a = \"\"\"x\\\n  \xc3\xa9\"\"\"\n",
       "2:3: a non-ASCII character right after a line-ending backslash, which the "
       "TOML parser cannot take"},
      {"a = \"\"\"\\\n\n \t\n\xe3\x80\x81\"\"\"\n", "4:1: a non-ASCII character right after a line-ending backslash"},
  });
  ExpectWellFormed("a = \"\"\"x\\\n  y\xc3\xa9\"\"\"\nb = \"\"\"\xc3\xa9\\\n\"\"\"\n");
}

}  // namespace toml_lexer_test
}  // namespace entente
