// entente-serve on a free loopback port: every route over a socket, the
// limits only a socket shows (a body over 1 MiB, long headers, a slow
// client), and a clean stop on SIGTERM.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server/api_test_support.h"

namespace entente::http_server_test {
namespace {

// entente-serve started with --port 0; the port read from its first line.
class ServerProcess {
 public:
  ServerProcess() {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl(ENTENTE_SERVE_BINARY, ENTENTE_SERVE_BINARY, "--port", "0", "--no-warm", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    FILE* f = fdopen(out[0], "r");
    char line[512] = {0};
    if (fgets(line, sizeof line, f) != nullptr) {
      std::string text = line;  // "entente serve: http://127.0.0.1:PORT/ ..."
      size_t colon = text.find(':', text.find("127.0.0.1"));
      if (colon != std::string::npos) port_ = std::atoi(text.c_str() + colon + 1);
    }
    out_ = f;
  }
  ~ServerProcess() {
    if (pid_ > 0 && !stopped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ != nullptr) fclose(out_);
  }
  int port() const { return port_; }
  // Sends SIGTERM and returns the exit status (-1 when killed by a signal).
  int Stop() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    stopped_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  FILE* out_ = nullptr;
  bool stopped_ = false;
};

std::string Target(const Route& route, const RouteExample& example) {
  HttpRequest r = server_testing::ExampleRequest(route, example);
  std::string target = r.path;
  char sep = '?';
  for (const auto& [name, value] : r.query) {
    target += sep + httplib::detail::encode_query_param(name) + "=" + httplib::detail::encode_query_param(value);
    sep = '&';
  }
  return target;
}

TEST(HttpServer, AnswersEveryRouteAndStopsCleanly) {
  if (server_testing::SharedHandler() == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  ServerProcess server;
  ASSERT_GT(server.port(), 0) << "entente-serve printed no URL";
  httplib::Client client("127.0.0.1", server.port());
  client.set_read_timeout(60, 0);
  for (const Route& route : ApiRoutes()) {
    for (const RouteExample& example : route.examples) {
      std::string target = Target(route, example);
      SCOPED_TRACE(route.method + " " + target);
      httplib::Result res = route.method == "GET"
                                ? client.Get(target.c_str())
                                : client.Post(target.c_str(), server_testing::ExampleRequest(route, example).body,
                                              "application/toml");
      ASSERT_TRUE(res) << httplib::to_string(res.error());
      EXPECT_TRUE(res->status == 200 || res->status == 400 || res->status == 404) << res->status << " " << res->body;
      EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
      EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
      EXPECT_EQ(res->status, server_testing::SharedHandler()->Handle(server_testing::ExampleRequest(route, example)).status);
    }
  }
  // The same answers over the socket as from the handler.
  httplib::Result votes = client.Get("/api/v1/votes?a=PAK&b=CHN&from=1971&to=2017");
  ASSERT_TRUE(votes);
  HttpRequest direct;
  direct.method = "GET";
  direct.path = "/api/v1/votes";
  direct.query = {{"a", "PAK"}, {"b", "CHN"}, {"from", "1971"}, {"to", "2017"}};
  direct.headers = {{"Host", "localhost"}};
  EXPECT_EQ(votes->body, server_testing::SharedHandler()->Handle(direct).body);
  // Conditional request over the socket.
  httplib::Result again = client.Get("/api/v1/votes?a=PAK&b=CHN&from=1971&to=2017",
                                     {{"If-None-Match", votes->get_header_value("ETag")}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  // Errors only a socket can show.
  httplib::Result big = client.Post("/api/v1/check", std::string(kMaxBodyBytes + 10, '#'), "application/toml");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  httplib::Result headers = client.Get("/api/v1/states", {{"X-A", std::string(4000, 'a')}, {"X-B", std::string(4000, 'b')},
                                                          {"X-C", std::string(4000, 'c')}});
  ASSERT_TRUE(headers);
  EXPECT_EQ(headers->status, 431);
  EXPECT_EQ(headers->get_header_value("Content-Type"), "application/problem+json");
  httplib::Result rebinding = client.Get("/api/v1/states", {{"Host", "attacker.example"}});
  ASSERT_TRUE(rebinding);
  EXPECT_EQ(rebinding->status, 421);
  httplib::Result patch = client.Patch("/api/v1/votes?a=PAK&b=CHN", "x", "text/plain");
  ASSERT_TRUE(patch);
  EXPECT_EQ(patch->status, 405);
  EXPECT_EQ(server.Stop(), 0);
}

}  // namespace
}  // namespace entente::http_server_test
