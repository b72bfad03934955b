// Name normalisation, edit distance and strict number parsing.
#include "core/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace entente {
namespace {

// Two-byte UTF-8 sequences (lead 0xC3) for the Latin-1 letters that appear in
// country names, folded to ASCII.
char FoldLatin1(unsigned char second) {
  static const char kMap[64 + 1] =
      "AAAAAAACEEEEIIII"   // C3 80..8F: À..Ï
      "DNOOOOO*OUUUUYTs"   // C3 90..9F: Ð..ß
      "aaaaaaaceeeeiiii"   // C3 A0..AF
      "dnooooo/ouuuuyty";  // C3 B0..BF
  if (second < 0x80 || second > 0xBF) return ' ';
  return kMap[second - 0x80];
}

}  // namespace

std::string QuoteForMessage(std::string_view text, size_t max_chars) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  size_t i = 0;
  auto escape = [&](unsigned char c) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += "\\x"; out += kHex[c >> 4]; out += kHex[c & 15];
    }
  };
  while (i < text.size() && i < max_chars) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      escape(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // A well-formed UTF-8 sequence is kept whole; anything else is escaped.
    size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    bool ok = len > 0 && i + len <= text.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xc0) == 0x80;
    if (ok) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      escape(c);
      ++i;
    }
  }
  if (i < text.size()) out += "...";
  return out + "\"";
}

std::string NormalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  auto put = [&](char c) {
    if (c == ' ') {
      space = !out.empty();
      return;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  };
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') {
      put(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      put(static_cast<char>(c));
    } else if (c == '&') {
      put(' ');
      put('a'), put('n'), put('d');
      put(' ');
    } else if (c == '\'' ) {
      // Apostrophes join: "d'Ivoire" and "d Ivoire" should meet, so drop them.
    } else if (c == 0xC3 && i + 1 < name.size()) {
      char f = FoldLatin1(static_cast<unsigned char>(name[++i]));
      put(f >= 'A' && f <= 'Z' ? static_cast<char>(f - 'A' + 'a') : f);
    } else if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(name[i + 2]) == 0x98 || static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      i += 2;  // typographic apostrophes, dropped like the plain one
    } else if (c >= 0x80) {
      // Other non-ASCII bytes: skip the continuation bytes of the character.
      while (i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) ++i;
      put(' ');
    } else {
      put(' ');
    }
  }
  return out;
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string ToUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}

bool ParseInt(std::string_view text, int* out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

bool ParseInt64(std::string_view text, long long* out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

bool ParseDouble(std::string_view text, double* out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size() && std::isfinite(*out);
}

}  // namespace entente
