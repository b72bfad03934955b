// Header lookup, ignoring case as RFC 9110 says field names do.
#include "server/http_message.h"

#include <strings.h>

namespace entente {
namespace {

const std::string* Find(const std::vector<std::pair<std::string, std::string>>& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) return &value;
  }
  return nullptr;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Decode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && HexDigit(text[i + 1]) >= 0 && HexDigit(text[i + 2]) >= 0) {
      out += static_cast<char>(HexDigit(text[i + 1]) * 16 + HexDigit(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ParseQueryString(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> pairs;
  size_t start = 0;
  while (start < text.size()) {
    size_t amp = text.find('&', start);
    if (amp == std::string_view::npos) amp = text.size();
    std::string_view item = text.substr(start, amp - start);
    if (!item.empty()) {
      size_t eq = item.find('=');
      pairs.emplace_back(Decode(item.substr(0, eq)), eq == std::string_view::npos ? "" : Decode(item.substr(eq + 1)));
    }
    start = amp + 1;
  }
  return pairs;
}

const std::string* HttpRequest::Header(std::string_view name) const { return Find(headers, name); }
const std::string* HttpResponse::Header(std::string_view name) const { return Find(headers, name); }

}  // namespace entente
