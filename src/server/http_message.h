// An HTTP request and response as the API sees them, free of any server
// library: the handler maps one to the other, so that tests and the fuzz
// target call it directly and the socket layer (http_server) only copies.
#ifndef ENTENTE_SERVER_HTTP_MESSAGE_H_
#define ENTENTE_SERVER_HTTP_MESSAGE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entente {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded, without the query string
  // Query parameters in the order given, decoded; a name may repeat.
  std::vector<std::pair<std::string, std::string>> query;
  // Header names as sent (matching ignores case).
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  // The first value of header `name` (any case), or null.
  const std::string* Header(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  const std::string* Header(std::string_view name) const;
};

// Decodes "a=PAK&b=CHN%2BIND" into its pairs, in order: %XX escapes and '+'
// (a space) as a browser's form encoding writes them; a name without '=' has
// an empty value. Malformed escapes are kept as typed.
std::vector<std::pair<std::string, std::string>> ParseQueryString(std::string_view text);

}  // namespace entente

#endif  // ENTENTE_SERVER_HTTP_MESSAGE_H_
