// cpp-httplib around the ApiHandler.
#include "server/http_server.h"

#include <csignal>
#include <thread>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/socket.h>
#include <signal.h>

#include <fmt/format.h>
#include <httplib.h>

#include "server/problem.h"

namespace entente {

struct HttpServer::Impl {
  httplib::Server server;
};

HttpServer::HttpServer(ApiHandler& handler) : impl_(std::make_unique<Impl>()) {
  httplib::Server& s = impl_->server;
  // A bounded pool: at most kWorkerThreads connections are served at once;
  // the others wait in its queue (kKeepAliveRequests keeps the turns short).
  s.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  s.set_payload_max_length(kMaxBodyBytes);
  s.set_read_timeout(kReadTimeoutSeconds, 0);
  s.set_write_timeout(kWriteTimeoutSeconds, 0);
  s.set_keep_alive_max_count(kKeepAliveRequests);
  s.set_keep_alive_timeout(kReadTimeoutSeconds);
  // The library's default sets SO_REUSEADDR only. Without TCP_NODELAY (which
  // accepted sockets inherit from the listener) Nagle's algorithm and the
  // client's delayed ACK hold back the end of each answer for 40 ms.
  s.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  auto serve = [&handler](const httplib::Request& req, httplib::Response& res) {
    HttpRequest request;
    request.method = req.method;
    request.path = req.path;
    request.body = req.body;
    for (const auto& [name, value] : req.headers) {
      // cpp-httplib adds these itself; they are not the client's.
      if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT") continue;
      request.headers.emplace_back(name, value);
    }
    // The query string as sent, in order (httplib's params are a multimap sorted by name).
    size_t q = req.target.find('?');
    if (q != std::string::npos) request.query = ParseQueryString(std::string_view(req.target).substr(q + 1));
    HttpResponse response = handler.Handle(request);
    res.status = response.status;
    for (const auto& [name, value] : response.headers) res.set_header(name, value);
    if (response.status != 304) res.set_content(response.body, response.content_type);
  };
  const std::string any = R"(.*)";
  s.Get(any, serve);
  s.Post(any, serve);
  s.Put(any, serve);
  s.Patch(any, serve);
  s.Delete(any, serve);
  s.Options(any, serve);
  // What cpp-httplib answers itself (a body over the limit: 413; a header
  // line too long: 400; an unknown method: 400) gets a problem body too.
  s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string kind = res.status == 413 ? "body-too-large" : res.status == 414 ? "uri-too-long" : "bad-request";
    std::string title = res.status == 413 ? "Content too large" : res.status == 414 ? "URI too long" : "Bad request";
    std::string detail = res.status == 413 ? fmt::format("a body may hold at most {} bytes", kMaxBodyBytes)
                                           : "the server could not read this request";
    HttpResponse p = Problem(res.status, kind, title, detail);
    AddSecurityHeaders(p);
    for (const auto& [name, value] : p.headers) res.set_header(name, value);
    res.set_content(p.body, p.content_type);
  });
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    HttpResponse p = Problem(500, "internal-error", "Internal error", "the server failed to answer this request");
    AddSecurityHeaders(p);
    res.status = 500;
    for (const auto& [name, value] : p.headers) res.set_header(name, value);
    res.set_content(p.body, p.content_type);
  });
}

HttpServer::~HttpServer() = default;

Status HttpServer::Bind(const std::string& host, int port) {
  if (port == 0) {
    port_ = impl_->server.bind_to_any_port(host);
    if (port_ <= 0) return Status::Usage(fmt::format("cannot bind to {}: no free port", host));
    return Status::Ok();
  }
  if (!impl_->server.bind_to_port(host, port)) {
    return Status::Usage(fmt::format("cannot bind to {}:{} (in use, or not an address of this machine); "
                                     "try another --port", host, port));
  }
  port_ = port;
  return Status::Ok();
}

Status HttpServer::Run() {
  if (!impl_->server.listen_after_bind()) return Status::Runtime("the listener stopped with an error");
  return Status::Ok();
}

void HttpServer::Stop() { impl_->server.stop(); }

void StopOnSignals(HttpServer& server) {
  std::signal(SIGPIPE, SIG_IGN);
  // Block the signals in every thread (the pool's threads inherit the mask);
  // one thread waits for them and stops the server.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([set, &server] {
    int sig = 0;
    sigwait(&set, &sig);
    server.Stop();
  }).detach();
}

}  // namespace entente
