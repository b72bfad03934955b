// The socket side of `entente serve`, over Debian's cpp-httplib: binds to the
// host and port, copies each request into an HttpRequest for the ApiHandler
// and its HttpResponse back, and sets the limits the old library does not
// set by itself: payload size, read and write timeouts, keep-alive, a bounded
// pool of workers. Stops on SIGINT or SIGTERM.
#ifndef ENTENTE_SERVER_HTTP_SERVER_H_
#define ENTENTE_SERVER_HTTP_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "core/status.h"
#include "server/api_handler.h"

namespace entente {

inline constexpr int kDefaultPort = 8750;
// cpp-httplib gives a worker a connection until it closes: the pool bounds
// the connections served at once (the workspace answers one request at a
// time in any case).
inline constexpr size_t kWorkerThreads = 64;
// A worker serves one connection until it closes: a connection closes after
// this many requests, so that more clients than workers all get their turn.
inline constexpr size_t kKeepAliveRequests = 100;
inline constexpr int kReadTimeoutSeconds = 5;
inline constexpr int kWriteTimeoutSeconds = 10;

class HttpServer {
 public:
  explicit HttpServer(ApiHandler& handler);
  ~HttpServer();

  // Binds to `host`:`port` (0: a free port); a usage error when it cannot.
  Status Bind(const std::string& host, int port);
  int port() const { return port_; }
  // Answers until Stop(); returns once the listener is closed.
  Status Run();
  // Safe from any thread (not from a signal handler: see StopOnSignals).
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

// Makes SIGINT and SIGTERM stop `server` (a watcher thread waits for them;
// the handler only writes to a pipe), and ignores SIGPIPE.
// REQUIRES: called once, before Run, from the main thread.
void StopOnSignals(HttpServer& server);

}  // namespace entente

#endif  // ENTENTE_SERVER_HTTP_SERVER_H_
