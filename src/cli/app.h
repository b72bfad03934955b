// The entente command line as one CLI11 app: every subcommand set up on it,
// and the run that parses argv, runs the chosen command and turns its outcome
// into the exit code. main() and the argument-parser fuzz target share it.
#ifndef ENTENTE_CLI_APP_H_
#define ENTENTE_CLI_APP_H_

#include <CLI/CLI.hpp>

#include "cli/cli_context.h"

namespace entente {

// Adds the global options, the footer and every subcommand to `app`.
void SetupApp(CLI::App& app, CliContext& ctx);

// Parses argv and runs the command; returns the exit code: 0 success (and
// help), 1 runtime failure, 2 usage error, 3 data error. Messages go to
// stderr, notes of the workspace included.
int RunApp(CLI::App& app, CliContext& ctx, int argc, const char* const* argv);

}  // namespace entente

#endif  // ENTENTE_CLI_APP_H_
