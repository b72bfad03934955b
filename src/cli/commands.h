// The subcommands of `entente`. Each SetupX adds its subcommand to the app;
// its callback runs the query and records the outcome in the context.
#ifndef ENTENTE_CLI_COMMANDS_H_
#define ENTENTE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "cli/cli_context.h"

namespace entente {

void SetupDataCommand(CLI::App& app, CliContext& ctx);
// `entente data cite`, a subcommand of `data`.
void SetupDataCiteCommand(CLI::App* data, CliContext& ctx);
void SetupCountryCommand(CLI::App& app, CliContext& ctx);
void SetupCodesCommand(CLI::App& app, CliContext& ctx);
void SetupVotesCommand(CLI::App& app, CliContext& ctx);
void SetupCheckCommand(CLI::App& app, CliContext& ctx);
void SetupEventsCommand(CLI::App& app, CliContext& ctx);
void SetupArmsCommand(CLI::App& app, CliContext& ctx);
void SetupPowerCommand(CLI::App& app, CliContext& ctx);
void SetupBalanceCommand(CLI::App& app, CliContext& ctx);
void SetupAlliancesCommand(CLI::App& app, CliContext& ctx);
void SetupIgoCommand(CLI::App& app, CliContext& ctx);
void SetupRivalryCommand(CLI::App& app, CliContext& ctx);
void SetupDisputesCommand(CLI::App& app, CliContext& ctx);
void SetupContiguityCommand(CLI::App& app, CliContext& ctx);
void SetupVetoesCommand(CLI::App& app, CliContext& ctx);
void SetupNuclearCommand(CLI::App& app, CliContext& ctx);
void SetupIdealCommand(CLI::App& app, CliContext& ctx);
void SetupReportCommand(CLI::App& app, CliContext& ctx);
void SetupPanelCommand(CLI::App& app, CliContext& ctx);
// `entente serve`: runs entente-serve, the HTTP server, in place of entente.
void SetupServeCommand(CLI::App& app, CliContext& ctx);

}  // namespace entente

#endif  // ENTENTE_CLI_COMMANDS_H_
