// libFuzzer target for the API's request handling, without sockets: the
// input is a request written as lines (method, target with its query
// string, headers as "Name: value" up to an empty line, then the body), and
// whatever it holds the handler must answer it without a 5xx (every user
// mistake is a 4xx problem), with a problem body that parses as JSON and the
// security headers on every response. The ideal-point fits and the report
// (seconds each under the sanitizers, past libFuzzer's timeout), and the
// ideal_distance measure that needs the fits, are left out: their
// parameters go through the same checks as every other route's.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "query/workspace.h"
#include "server/api_handler.h"

namespace {

entente::ApiHandler& Handler() {
  static entente::ApiHandler* handler = [] {
    auto ws = entente::Workspace::Open(std::nullopt);
    if (!ws.ok()) {
      std::fprintf(stderr, "fuzz: the handler needs the data bundle (ENTENTE_DATA): %s\n",
                   ws.status().ToString().c_str());
      std::abort();
    }
    // Kept for the process, as the server keeps its workspace.
    return new entente::ApiHandler(*ws->release(), entente::ApiConfig{"127.0.0.1", [](const std::string&) {}});
  }();
  return *handler;
}

std::string_view NextLine(std::string_view& text) {
  size_t end = text.find('\n');
  std::string_view line = text.substr(0, end);
  text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  entente::HttpRequest request;
  request.method = std::string(NextLine(text));
  std::string_view target = NextLine(text);
  size_t q = target.find('?');
  request.path = std::string(target.substr(0, q));
  if (q != std::string_view::npos) request.query = entente::ParseQueryString(target.substr(q + 1));
  while (!text.empty()) {
    std::string_view line = NextLine(text);
    if (line.empty()) break;
    size_t colon = line.find(':');
    std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    request.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
  }
  request.body = std::string(text);
  if (request.path.rfind("/api/v1/ideal", 0) == 0 || request.path.rfind("/api/v1/report", 0) == 0) return 0;
  // measure=ideal_distance fits the ideal points too (votes, votes/partners).
  for (const auto& [name, value] : request.query) {
    if (value.find("ideal") != std::string::npos) return 0;
  }
  entente::HttpResponse response = Handler().Handle(request);
  if (response.status >= 500) {
    std::fprintf(stderr, "fuzz: %d for %s %s: %s\n", response.status, request.method.c_str(), request.path.c_str(),
                 response.body.c_str());
    __builtin_trap();
  }
  if (response.Header("X-Content-Type-Options") == nullptr || response.Header("Content-Security-Policy") == nullptr) {
    __builtin_trap();
  }
  if (response.content_type == "application/problem+json" &&
      !nlohmann::json::accept(response.body)) {
    __builtin_trap();
  }
  return 0;
}
