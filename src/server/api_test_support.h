// What the server's tests share: one workspace and handler over the data
// bundle, requests built from a route's example, and running the entente
// binary to get the CLI's output for the same request.
#ifndef ENTENTE_SERVER_API_TEST_SUPPORT_H_
#define ENTENTE_SERVER_API_TEST_SUPPORT_H_

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "query/workspace.h"
#include "server/api_handler.h"
#include "server/http_message.h"
#include "server/route.h"

namespace entente::server_testing {

// The handler over the bundle ($ENTENTE_DATA), or null when there is none.
inline ApiHandler* SharedHandler() {
  static std::unique_ptr<Workspace> ws;
  static std::unique_ptr<ApiHandler> handler = [] {
    auto opened = Workspace::Open(std::nullopt);
    if (!opened.ok()) return std::unique_ptr<ApiHandler>();
    ws = std::move(opened.value());
    return std::make_unique<ApiHandler>(*ws, ApiConfig{"127.0.0.1", [](const std::string&) {}});
  }();
  return handler.get();
}

// A GET of "path?query" from a loopback client.
inline HttpRequest GetRequest(const std::string& target) {
  HttpRequest r;
  r.method = "GET";
  size_t q = target.find('?');
  r.path = target.substr(0, q);
  if (q != std::string::npos) r.query = ParseQueryString(target.substr(q + 1));
  r.headers = {{"Host", "localhost:8750"}};
  return r;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The request of a route's example: path parameters put into the path.
inline HttpRequest ExampleRequest(const Route& route, const RouteExample& example) {
  HttpRequest request;
  request.method = route.method;
  request.path = route.path;
  request.headers = {{"Host", "127.0.0.1:8750"}};
  for (const auto& [name, value] : ParseQueryString(example.query)) {
    std::string pattern = "{" + name + "}";
    size_t at = request.path.find(pattern);
    if (at != std::string::npos) {
      request.path.replace(at, pattern.size(), value);
    } else {
      request.query.emplace_back(name, value);
    }
  }
  if (!example.body.empty()) request.body = ReadFile(std::string(ENTENTE_SOURCE_DIR) + "/" + example.body);
  return request;
}

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `entente ARGS` from the source folder through the shell (so '' is an
// empty argument), with stdout and stderr captured.
inline CliRun RunCli(const std::string& args) {
  char err_template[] = "/tmp/entente-cli-err-XXXXXX";
  int fd = mkstemp(err_template);
  if (fd >= 0) close(fd);
  std::string err_path = err_template;
  std::string cmd = "cd '" + std::string(ENTENTE_SOURCE_DIR) + "' && '" + ENTENTE_BINARY + "' " + args + " 2>'" +
                    err_path + "'";
  CliRun run;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) run.out.append(buf.data(), n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = ReadFile(err_path);
  std::remove(err_path.c_str());
  return run;
}

}  // namespace entente::server_testing

#endif  // ENTENTE_SERVER_API_TEST_SUPPORT_H_
