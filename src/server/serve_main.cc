// entente-serve: the HTTP server that `entente serve` runs (it execs this
// program, found beside it, so that entente itself links no HTTP library
// and starts fast). Loads the bundle once, answers the API until SIGINT or
// SIGTERM, and exits 0 after closing the listener; 2 for a usage error
// (a port in use), 3 for a data error.
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "query/option_values.h"
#include "server/api_handler.h"
#include "server/http_server.h"

namespace {

constexpr int kMallocArenas = 2;

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// Opens `url` in the desktop's browser, without waiting and without a shell.
void OpenBrowser(const std::string& url) {
  pid_t pid = fork();
  if (pid == 0) {
    execlp("xdg-open", "xdg-open", url.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  if (pid < 0) std::cerr << "entente serve: cannot open a browser; visit " << url << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  // The workers take turns on one workspace: a malloc arena for each of them
  // (glibc gives up to eight per core) would only hold memory.
  mallopt(M_ARENA_MAX, kMallocArenas);
  std::string host = "127.0.0.1";
  int port = entente::kDefaultPort;
  bool open = false;
  bool warm = true;
  std::optional<std::string> data;
  CLI::App app{"entente-serve: the server of `entente serve` (see `entente serve --help`)"};
  app.add_option("--host", host, "Address to bind [default: 127.0.0.1]");
  app.add_option("--port", port, "Port [default: 8750; 0: any free port]")
      ->check(CLI::Validator(
          [](std::string& v) {
            auto n = entente::ParseDecimal(v, 0, 65535, "a port");
            return n.ok() ? std::string() : n.status().message();
          },
          "0-65535"));
  app.add_flag("--open", open, "Open the dashboard in a browser");
  app.add_option("--data", data, "Folder of the data bundle");
  app.add_flag("!--no-warm", warm, "Answer the first requests cold instead of loading every dataset first");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  auto ws = entente::Workspace::Open(data);
  if (!ws.ok()) {
    std::cerr << "entente: " << ws.status().ToString() << "\n";
    return ws.status().ExitCode();
  }
  if (!IsLoopback(host)) {
    std::cerr << fmt::format("entente serve: warning: listening on {}, not loopback: other machines can reach this "
                             "server; it has no authentication and no TLS\n", host);
  }
  entente::ApiHandler handler(**ws, entente::ApiConfig{host, nullptr});
  if (warm) {
    for (const std::string& failure : handler.Warm()) std::cerr << "entente serve: " << failure << "\n";
  }
  entente::HttpServer server(handler);
  entente::Status bound = server.Bind(host, port);
  if (!bound.ok()) {
    std::cerr << "entente: " << bound.ToString() << "\n";
    return bound.ExitCode();
  }
  entente::StopOnSignals(server);
  const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  const std::string url = fmt::format("http://{}:{}/", shown, server.port());
  std::cout << "entente serve: " << url << " (API under " << url << "api/v1/; Ctrl-C stops)" << std::endl;
  if (open) OpenBrowser(url);
  entente::Status ran = server.Run();
  if (!ran.ok()) {
    std::cerr << "entente: " << ran.ToString() << "\n";
    return ran.ExitCode();
  }
  std::cerr << "entente serve: stopped\n";
  return 0;
}
