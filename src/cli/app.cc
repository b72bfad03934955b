// Setting up the command line and running it.
#include "cli/app.h"

#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "core/version.h"

namespace entente {

void SetupApp(CLI::App& app, CliContext& ctx) {
  app.name("entente");
  app.set_version_flag("--version", std::string("entente ") + kEntenteVersion);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--data", ctx.options().data, "Folder of the data bundle (see `entente data --help`)");
  app.footer(
      "Exit codes: 0 success, 1 runtime failure, 2 usage error (bad arguments, unknown country),\n"
      "            3 data error (a dataset missing, changed or malformed).\n"
      "States may be given as a name (\"Pakistan\", \"PRC\", \"Viet Nam\"), ISO2, ISO3 or COW code.\n"
      "Run `entente COMMAND --help` for a command's options and examples.");

  SetupReportCommand(app, ctx);
  SetupDataCommand(app, ctx);
  SetupCountryCommand(app, ctx);
  SetupCodesCommand(app, ctx);
  SetupPanelCommand(app, ctx);
  SetupVotesCommand(app, ctx);
  SetupCheckCommand(app, ctx);
  SetupEventsCommand(app, ctx);
  SetupArmsCommand(app, ctx);
  SetupPowerCommand(app, ctx);
  SetupBalanceCommand(app, ctx);
  SetupAlliancesCommand(app, ctx);
  SetupIgoCommand(app, ctx);
  SetupRivalryCommand(app, ctx);
  SetupDisputesCommand(app, ctx);
  SetupContiguityCommand(app, ctx);
  SetupVetoesCommand(app, ctx);
  SetupNuclearCommand(app, ctx);
  SetupIdealCommand(app, ctx);
  SetupServeCommand(app, ctx);
}

namespace {

// The arguments as a shell would take them back: quoted when they hold
// anything but letters, digits and -_./,:+=@%.
std::string CommandLine(int argc, const char* const* argv) {
  std::string line = "entente";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    bool plain = !arg.empty() && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                       "0123456789-_./,:+=@%") == std::string_view::npos;
    line += ' ';
    if (plain) {
      line += arg;
      continue;
    }
    line += '\'';
    for (char c : arg) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += '\'';
  }
  return line;
}

}  // namespace

int RunApp(CLI::App& app, CliContext& ctx, int argc, const char* const* argv) {
  ctx.set_command_line(CommandLine(argc, argv));
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
  // Whatever is still buffered (help texts, an answer not flushed) must reach
  // stdout too; a command that has failed already says why below.
  Status flushed = FlushStdout();
  if (ctx.status().ok() && !flushed.ok()) ctx.set_status(flushed);
  for (const std::string& note : ctx.TakeNotes()) std::cerr << "entente: note: " << note << "\n";
  const Status& status = ctx.status();
  if (!status.ok()) {
    std::cerr << "entente: " << status.ToString() << "\n";
    return status.ExitCode();
  }
  return 0;
}

}  // namespace entente
