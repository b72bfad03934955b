// Request handling: checks, routing, conditional requests, problems.
#include "server/api_handler.h"

#include <exception>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "core/version.h"
#include "data/sha256.h"
#include "server/index_page.h"
#include "server/openapi.h"
#include "server/problem.h"
#include "server/route.h"
#include "server/site_files.h"

namespace entente {
namespace {

constexpr char kOpenApiPath[] = "/api/v1/openapi.json";
// An ETag is the first 32 hex digits of a SHA-256 (128 bits).
constexpr size_t kETagDigits = 32;

// Splits "/a/b/c" into its segments.
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

// Whether `path` matches the route's pattern; path parameters go to `params`.
bool Matches(const Route& route, std::string_view path, std::vector<std::pair<std::string, std::string>>* params) {
  std::vector<std::string_view> want = Segments(route.path);
  std::vector<std::string_view> got = Segments(path);
  if (want.size() != got.size()) return false;
  std::vector<std::pair<std::string, std::string>> found;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      if (got[i].empty()) return false;
      found.emplace_back(std::string(want[i].substr(1, want[i].size() - 2)), std::string(got[i]));
    } else if (want[i] != got[i]) {
      return false;
    }
  }
  params->insert(params->end(), found.begin(), found.end());
  return true;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n;
  }
  return true;
}

// The host of a Host header: without the port; an IPv6 literal keeps its brackets.
std::string HostName(std::string_view host) {
  if (!host.empty() && host.front() == '[') {
    size_t end = host.find(']');
    return std::string(end == std::string_view::npos ? host : host.substr(0, end + 1));
  }
  size_t colon = host.find(':');
  return std::string(colon == std::string_view::npos ? host : host.substr(0, colon));
}

// Whether an If-None-Match header names `etag` (or is "*").
bool NoneMatch(std::string_view header, std::string_view etag) {
  size_t start = 0;
  while (start < header.size()) {
    size_t comma = header.find(',', start);
    if (comma == std::string_view::npos) comma = header.size();
    std::string_view item = header.substr(start, comma - start);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
    if (item.substr(0, 2) == "W/") item.remove_prefix(2);
    if (item == "*" || item == etag) return true;
    start = comma + 1;
  }
  return false;
}

// The paths of the dashboard's pages; each answers the same page.
bool IsDashboardPage(std::string_view path) {
  return path == "/" || path == "/map" || path == "/pair" || path == "/claims" || path == "/data";
}

// The Content-Security-Policy of the dashboard: its own scripts and styles
// only (vega compiles its expressions, hence 'unsafe-eval'; vega-embed styles
// its menus inline), data from this server only, images it draws itself.
constexpr char kDashboardPolicy[] =
    "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'";

HttpResponse Text(std::string content_type, std::string body) {
  HttpResponse r;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  return r;
}

// The documents that do not depend on the request, by path: the dashboard's
// pages and files, the API's index page and the OpenAPI document, each with
// its ETag (entente's version, the path and the body). Built once.
const std::map<std::string, HttpResponse>& FixedDocuments() {
  static const std::map<std::string, HttpResponse> documents = [] {
    std::map<std::string, HttpResponse> out;
    auto add = [&](const std::string& path, std::string content_type, std::string body) {
      HttpResponse r = Text(std::move(content_type), std::move(body));
      if (r.content_type.rfind("text/html", 0) == 0 && path.rfind("/api", 0) != 0) {
        r.headers.emplace_back("Content-Security-Policy", kDashboardPolicy);
      }
      std::string tag = Sha256Hex(std::string(kEntenteVersion) + "\n" + path + "\n" + r.body);
      r.headers.emplace_back("ETag", "\"" + tag.substr(0, kETagDigits) + "\"");
      r.headers.emplace_back("Cache-Control", "no-cache");
      out.emplace(path, std::move(r));
    };
    for (const char* page : {"/", "/map", "/pair", "/claims", "/data"}) {
      add(page, "text/html; charset=utf-8", std::string(DashboardPage()));
    }
    const std::string index = IndexPage(ApiRoutes());
    for (const char* path : {"/api", "/api/", "/api/v1", "/api/v1/"}) add(path, "text/html; charset=utf-8", index);
    add(kOpenApiPath, "application/json", OpenApiDocument(ApiRoutes()).dump(2) + "\n");
    for (const SiteFile& file : SiteFiles()) {
      if (file.path != "/index.html") add(std::string(file.path), std::string(file.content_type), std::string(file.body));
    }
    return out;
  }();
  return documents;
}

}  // namespace

void AddSecurityHeaders(HttpResponse& response) {
  // The report's page runs its own inline scripts (vega) and nothing else;
  // the dashboard's page brings its own policy; every other body is data or
  // the API's index page, which needs nothing.
  if (response.Header("Content-Security-Policy") == nullptr) {
    const bool html = response.content_type.rfind("text/html", 0) == 0;
    response.headers.emplace_back(
        "Content-Security-Policy",
        html ? "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
               "img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
             : "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  }
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
}

ApiHandler::ApiHandler(Workspace& ws, ApiConfig config) : ws_(ws), config_(std::move(config)) {
  bundle_tag_ = std::string("entente ") + kEntenteVersion + "\n";
  for (const DatasetInfo& d : ws_.manifest().datasets()) bundle_tag_ += d.id + " " + d.sha256 + "\n";
}

void ApiHandler::Log(const std::string& line) const {
  if (config_.log) {
    config_.log(line);
  } else {
    std::cerr << "entente serve: " << line << "\n";
  }
}

bool ApiHandler::HostAllowed(const std::string& host) const {
  std::string name = HostName(host);
  for (char& c : name) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (name == "localhost" || name == "127.0.0.1" || name == "[::1]") return true;
  std::string bound = config_.bound_host;
  if (bound.find(':') != std::string::npos && bound.front() != '[') bound = "[" + bound + "]";
  return !bound.empty() && name == bound;
}

std::string ApiHandler::ETagOf(const HttpRequest& request) const {
  std::string key = bundle_tag_ + request.method + " " + request.path + "\n";
  for (const auto& [name, value] : request.query) key += name + "=" + value + "\n";
  key += Sha256Hex(request.body);
  return "\"" + Sha256Hex(key).substr(0, kETagDigits) + "\"";
}

HttpResponse ApiHandler::Handle(const HttpRequest& request) {
  HttpResponse response;
  try {
    response = Dispatch(request);
  } catch (const std::exception& e) {
    Log(fmt::format("{} {}: internal error: {}", request.method, request.path, e.what()));
    response = Problem(500, "internal-error", "Internal error",
                       "the server failed to answer this request; the failure is logged");
  } catch (...) {
    Log(fmt::format("{} {}: internal error", request.method, request.path));
    response = Problem(500, "internal-error", "Internal error",
                       "the server failed to answer this request; the failure is logged");
  }
  AddSecurityHeaders(response);
  return response;
}

HttpResponse ApiHandler::Dispatch(const HttpRequest& request) {
  size_t header_bytes = 0;
  for (const auto& [name, value] : request.headers) header_bytes += name.size() + value.size() + 4;
  if (header_bytes > kMaxHeaderBytes) {
    return Problem(431, "headers-too-large", "Request header fields too large",
                   fmt::format("the request's headers hold {} bytes; the server reads at most {}", header_bytes,
                               kMaxHeaderBytes));
  }
  const std::string* host = request.Header("Host");
  if (host == nullptr || host->empty()) {
    return Problem(400, "bad-host", "Missing Host", "the request has no Host header");
  }
  if (!HostAllowed(*host)) {
    return Problem(421, "misdirected", "Misdirected request",
                   fmt::format("this server answers requests for localhost, 127.0.0.1, [::1] or {}, not \"{}\"",
                               config_.bound_host, ValidUtf8(*host) ? *host : "(not UTF-8)"));
  }
  if (request.body.size() > kMaxBodyBytes) {
    return Problem(413, "body-too-large", "Content too large",
                   fmt::format("the body holds {} bytes; a claim file may hold at most {}", request.body.size(),
                               kMaxBodyBytes));
  }
  if (!ValidUtf8(request.path)) return Problem(400, "bad-parameter", "Bad parameter", "the path is not UTF-8");
  for (const auto& [name, value] : request.query) {
    if (!ValidUtf8(name) || !ValidUtf8(value)) {
      return Problem(400, "bad-parameter", "Bad parameter", "a query parameter is not UTF-8");
    }
  }
  const bool read = request.method == "GET" || request.method == "HEAD";

  // The dashboard's pages and files, the API's index page and its OpenAPI
  // document: all fixed for the life of the server.
  if (auto fixed = FixedDocuments().find(request.path); fixed != FixedDocuments().end()) {
    if (!read) {
      HttpResponse r = Problem(405, "method-not-allowed", "Method not allowed",
                               fmt::format("{} takes GET, not {}", request.path, request.method));
      r.headers.emplace_back("Allow", "GET, HEAD");
      return r;
    }
    // A page's query holds the dashboard's state, which its scripts read;
    // the other documents take none.
    if (!request.query.empty() && !IsDashboardPage(request.path)) {
      return Problem(400, "bad-parameter", "Bad parameter",
                     fmt::format("unknown parameter \"{}\"; this route takes none", request.query.front().first));
    }
    const std::string* etag = fixed->second.Header("ETag");
    if (const std::string* match = request.Header("If-None-Match"); match != nullptr && NoneMatch(*match, *etag)) {
      HttpResponse not_modified;
      not_modified.status = 304;
      not_modified.headers.emplace_back("ETag", *etag);
      return not_modified;
    }
    return fixed->second;
  }

  const Route* route = nullptr;
  std::vector<std::pair<std::string, std::string>> given;
  std::vector<std::string> allowed;
  for (const Route& r : ApiRoutes()) {
    std::vector<std::pair<std::string, std::string>> path_params;
    if (!Matches(r, request.path, &path_params)) continue;
    allowed.push_back(r.method == "GET" ? "GET, HEAD" : r.method);
    if (r.method == request.method || (read && r.method == "GET")) {
      route = &r;
      given = std::move(path_params);
    }
  }
  if (route == nullptr && !allowed.empty()) {
    HttpResponse r = Problem(405, "method-not-allowed", "Method not allowed",
                             fmt::format("{} takes {}, not {}", request.path, allowed.front(), request.method));
    r.headers.emplace_back("Allow", allowed.front());
    return r;
  }
  if (route == nullptr) {
    return Problem(404, "unknown-route", "Unknown route",
                   fmt::format("no route {}; the routes are listed at {} and /api/", ValidUtf8(request.path) ? request.path : "",
                               kOpenApiPath));
  }
  given.insert(given.end(), request.query.begin(), request.query.end());
  Result<RouteArgs> args = RouteArgs::Check(route->params, given);
  if (!args.ok()) return ProblemFor(args.status());

  const std::string etag = ETagOf(request);
  // A 304 answers a read; a claim check always runs (RFC 9110 gives POST no 304).
  if (const std::string* match = request.Header("If-None-Match");
      read && match != nullptr && NoneMatch(*match, etag)) {
    HttpResponse r;
    r.status = 304;
    r.headers.emplace_back("ETag", etag);
    return r;
  }
  Result<Reply> reply = [&]() -> Result<Reply> {
    std::lock_guard<std::mutex> lock(mu_);
    Result<Reply> out = route->run(ws_, *args, request.body);
    for (const std::string& note : ws_.TakeNotes()) Log("note: " + note);
    return out;
  }();
  if (!reply.ok()) {
    if (reply.status().code() != Status::Code::kUsage && reply.status().code() != Status::Code::kNotFound) {
      Log(fmt::format("{} {}: {}", request.method, request.path, reply.status().ToString()));
    }
    return ProblemFor(reply.status());
  }
  HttpResponse r = Text(reply->content_type, std::move(reply->body));
  r.headers.emplace_back("ETag", etag);
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

std::vector<std::string> ApiHandler::Warm() {
  std::vector<std::string> failures;
  for (const Route& route : ApiRoutes()) {
    if (route.method != "GET" || route.examples.empty()) continue;
    HttpRequest request;
    request.method = "GET";
    request.path = route.path;
    request.headers = {{"Host", "localhost"}};
    // Path parameters come from the example's query like the others.
    std::vector<std::pair<std::string, std::string>> query = ParseQueryString(route.examples.front().query);
    for (const auto& [name, value] : query) {
      std::string pattern = "{" + name + "}";
      size_t at = request.path.find(pattern);
      if (at != std::string::npos) {
        request.path.replace(at, pattern.size(), value);
      } else {
        request.query.emplace_back(name, value);
      }
    }
    HttpResponse response = Handle(request);
    if (response.status >= 500) failures.push_back(fmt::format("{}: {}", route.path, response.body));
  }
  return failures;
}

}  // namespace entente
