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
    "outside it is an error. States are named by ISO3 and COW code (`supplier`, `supplier_ccode`);\n"
    "non-state actors (SIPRI's '*' and '**') by their name, with an empty ccode.";

}  // namespace entente

#endif  // ENTENTE_CLI_ARMS_COMMANDS_H_
