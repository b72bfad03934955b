// entente: how closely two states stand together, and why, from open data.
// Parses the command line, runs one subcommand and maps its outcome to the
// exit code: 0 success, 1 runtime failure, 2 usage error, 3 data error.
#include <csignal>

#include <CLI/CLI.hpp>

#include "cli/app.h"
#include "cli/cli_context.h"
#include "cli/output_target.h"

int main(int argc, char** argv) {
  // A closed pipe on stdout (`entente ... | head`) is not an error: writes
  // fail with EPIPE instead of killing the process, and FlushStdout says so.
  std::signal(SIGPIPE, SIG_IGN);
  entente::SetUpStdout();

  entente::CliContext ctx;
  CLI::App app{"entente: how closely two states stand together, and why, from open data\n"
               "(UN General Assembly votes, SIPRI arms transfers, COW capabilities, alliances, IGOs,\n"
               "rivalries, disputes, Security Council vetoes, nuclear cooperation, events)."};
  entente::SetupApp(app, ctx);
  return entente::RunApp(app, ctx, argc, argv);
}
