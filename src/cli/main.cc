// entente: how closely two states stand together, and why, from open data.
// Parses the command line, runs one subcommand and maps its outcome to the
// exit code: 0 success, 1 runtime failure, 2 usage error, 3 data error.
#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "core/version.h"

int main(int argc, char** argv) {
  // A closed pipe on stdout (`entente ... | head`) is not an error.
  std::signal(SIGPIPE, SIG_IGN);

  entente::CliContext ctx;
  CLI::App app{"entente: how closely two states stand together, and why, from open data\n"
               "(UN General Assembly votes, SIPRI arms transfers, COW capabilities, alliances, IGOs,\n"
               "rivalries, disputes, Security Council vetoes, nuclear cooperation, events)."};
  app.name("entente");
  app.set_version_flag("--version", std::string("entente ") + entente::kEntenteVersion);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--data", ctx.options().data, "Folder of the data bundle (see `entente data --help`)");
  app.footer(
      "Exit codes: 0 success, 1 runtime failure, 2 usage error (bad arguments, unknown country),\n"
      "            3 data error (a dataset missing, changed or malformed).\n"
      "States may be given as a name (\"Pakistan\", \"PRC\", \"Viet Nam\"), ISO2, ISO3 or COW code.\n"
      "Run `entente COMMAND --help` for a command's options and examples.");

  entente::SetupReportCommand(app, ctx);
  entente::SetupDataCommand(app, ctx);
  entente::SetupCountryCommand(app, ctx);
  entente::SetupVotesCommand(app, ctx);
  entente::SetupCheckCommand(app, ctx);
  entente::SetupEventsCommand(app, ctx);
  entente::SetupArmsCommand(app, ctx);
  entente::SetupPowerCommand(app, ctx);
  entente::SetupBalanceCommand(app, ctx);
  entente::SetupAlliancesCommand(app, ctx);
  entente::SetupIgoCommand(app, ctx);
  entente::SetupRivalryCommand(app, ctx);
  entente::SetupDisputesCommand(app, ctx);
  entente::SetupContiguityCommand(app, ctx);
  entente::SetupVetoesCommand(app, ctx);
  entente::SetupNuclearCommand(app, ctx);
  entente::SetupIdealCommand(app, ctx);
  entente::SetupPanelCommand(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  const entente::Status& status = ctx.status();
  if (!status.ok()) {
    std::cerr << "entente: " << status.ToString() << "\n";
    return status.ExitCode();
  }
  if (!std::cout) return 0;  // stdout closed early: the reader had enough
  return 0;
}
