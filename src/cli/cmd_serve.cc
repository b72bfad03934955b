// `entente serve`: the JSON API over HTTP. The server is its own program,
// entente-serve (src/server/), installed beside entente: this command checks
// the options and runs it in place of itself, so that Ctrl-C and SIGTERM
// reach the server directly.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/validators.h"

namespace entente {
namespace {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8750;
  bool open = false;
};

std::filesystem::path ServerProgram() {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (ec ? std::filesystem::path(".") : self.parent_path()) / "entente-serve";
}

Status RunServe(CliContext& ctx, const ServeOptions& o) {
  std::string program = ServerProgram().string();
  std::vector<std::string> args = {program, "--host", o.host, "--port", std::to_string(o.port)};
  if (o.open) args.push_back("--open");
  if (ctx.options().data) {
    args.push_back("--data");
    args.push_back(*ctx.options().data);
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  ENTENTE_RETURN_IF_ERROR(FlushStdout());
  execv(program.c_str(), argv.data());
  return Status::Runtime(fmt::format("cannot run {}: {}", program, std::strerror(errno)));
}

}  // namespace

void SetupServeCommand(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the dashboard and the JSON API (every command's --format json) over HTTP on loopback");
  cmd->add_option("--host", o->host,
                  "Address to listen on [default: 127.0.0.1]; another than loopback prints a warning: the "
                  "server has no authentication and no TLS");
  cmd->add_option("--port", o->port, "Port [default: 8750; 0 picks a free one]")
      ->check(DecimalNumber(0, 65535, "a port"));
  cmd->add_flag("--open", o->open, "Open the dashboard in the desktop's browser (xdg-open)");
  ctx.AddCommonOptions(cmd, false);
  cmd->footer(
      "Loads the bundle once and answers until Ctrl-C or SIGTERM. Prints the URL when it is ready.\n"
      "The dashboard, at / in a browser: /map (how every state votes with one, or trades arms with it, as a\n"
      "world map and a table), /pair (the report's parts for two states, live), /claims (check a claim file),\n"
      "/data (every dataset's version, checksum, citation and years). It works offline: every script is built\n"
      "in. The JSON API's routes, listed at /api/\n"
      "(GET unless said): /api/v1/states, /api/v1/states/{state}, votes, votes/partners, votes/compare,\n"
      "arms/imports, arms/exports, arms/flow, arms/dependence, arms/deals, power, balance, alliances, igo,\n"
      "rivalry, disputes, contiguity, vetoes, nuclear, events, ideal, report, datasets, POST check (a claim\n"
      "file as the body, 1 MiB at most), and /api/v1/openapi.json describing them all. Each returns what the\n"
      "command prints with --format json for the same request; parameters are named as the command's options\n"
      "(a, b for the two states of a pair). Errors are application/problem+json (RFC 9457) with the command's\n"
      "message: 400 bad parameter, 404 unknown state or route, 405, 413, 421 (a Host header not this\n"
      "server's), 431. docs/SERVER.md has the details.\n"
      "Exit codes: 0 stopped by Ctrl-C or SIGTERM, 1 the server program not found, 2 a usage error (a port in\n"
      "use), 3 a data error.\n\n"
      "Examples:\n"
      "  entente serve\n"
      "  entente serve --port 8080 --open\n"
      "  curl 'http://127.0.0.1:8750/api/v1/votes?a=PAK&b=CHN&from=1971&to=2017'\n"
      "  curl --data-binary @claims/pakistan-china-beyond-cpec.toml http://127.0.0.1:8750/api/v1/check");
  cmd->callback([&ctx, o] { RunAndRecord(ctx, [&] { return RunServe(ctx, *o); }); });
}

}  // namespace entente
