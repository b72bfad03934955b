// The subcommands of `entente arms`, one file each, and the options they share.
#ifndef ENTENTE_CLI_ARMS_COMMANDS_H_
#define ENTENTE_CLI_ARMS_COMMANDS_H_

#include <optional>

#include <CLI/CLI.hpp>

#include "cli/cli_context.h"

namespace entente {

void SetupArmsTradeCommands(CLI::App& arms, CliContext& ctx);
void SetupArmsFlowCommand(CLI::App& arms, CliContext& ctx);
void SetupArmsDependenceCommand(CLI::App& arms, CliContext& ctx);
void SetupArmsDealsCommand(CLI::App& arms, CliContext& ctx);

// Adds --from and --to (delivery years, inclusive), worded the same everywhere.
void AddYearOptions(CLI::App* command, std::optional<int>& from, std::optional<int>& to);

// Text shared by the arms help footers.
inline constexpr char kArmsHelpCaveats[] =
    "TIV is SIPRI's trend-indicator value (millions): the volume of major conventional arms delivered, not\n"
    "their price. SIPRI rounds register values, so sums may differ slightly from SIPRI's own tables. The\n"
    "register covers deliveries 1995-2024; a period reaching beyond it is cut, with a note; one wholly\n"
    "outside it is an error. An actor is named as SIPRI names it (`supplier`) with its codes\n"
    "(`supplier_ccode`, `supplier_iso3`, `supplier_stateabb`), empty for a non-state actor (SIPRI's '*'\n"
    "and '**'). A partner with no delivery in the period is an answer: zeros or an empty table, a note, exit 0.";

}  // namespace entente

#endif  // ENTENTE_CLI_ARMS_COMMANDS_H_
