// The API's request handling, free of sockets: checks the Host header (DNS
// rebinding), the header size and the method, routes the path through the
// route table, checks the parameters, answers 304 to a matching If-None-Match,
// runs the route against the one workspace (one request at a time: the
// workspace loads lazily and is not thread-safe; queries take milliseconds),
// and turns every failure into a problem response. Every response carries the
// security headers. Handle never throws: an exception becomes a 500, logged.
#ifndef ENTENTE_SERVER_API_HANDLER_H_
#define ENTENTE_SERVER_API_HANDLER_H_

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "query/workspace.h"
#include "server/http_message.h"

namespace entente {

inline constexpr size_t kMaxBodyBytes = 1 << 20;   // a claim file
inline constexpr size_t kMaxHeaderBytes = 8192;    // all header lines together

struct ApiConfig {
  // The host the server was bound to; a request's Host must be it or a
  // loopback name (localhost, 127.0.0.1, [::1]).
  std::string bound_host = "127.0.0.1";
  // Where messages about failures go (a line each); none: standard error.
  std::function<void(const std::string&)> log;
};

class ApiHandler {
 public:
  // REQUIRES: `ws` outlives the handler.
  ApiHandler(Workspace& ws, ApiConfig config);

  HttpResponse Handle(const HttpRequest& request);

  // Loads what the routes read by answering each route's first example, so
  // that the first requests are as fast as the later ones. Returns the
  // failures (a data error in the bundle), if any.
  std::vector<std::string> Warm();

 private:
  HttpResponse Dispatch(const HttpRequest& request);
  bool HostAllowed(const std::string& host) const;
  std::string ETagOf(const HttpRequest& request) const;
  void Log(const std::string& line) const;

  Workspace& ws_;
  ApiConfig config_;
  std::string bundle_tag_;  // the version and every dataset's checksum
  std::mutex mu_;
};

// The security headers every response carries, for a body of `content_type`.
void AddSecurityHeaders(HttpResponse& response);

}  // namespace entente

#endif  // ENTENTE_SERVER_API_HANDLER_H_
