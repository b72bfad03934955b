// `entente arms`: SIPRI arms transfers: imports, exports, a dyad's flow, a
// recipient's dependence on its suppliers, and deals.
#include "cli/arms_commands.h"
#include "cli/commands.h"
#include "cli/validators.h"

namespace entente {

// Delivery years are plausible calendar years; the query checks them against the register.
constexpr int kFirstYearOption = 1900;
constexpr int kLastYearOption = 2100;

void AddYearOptions(CLI::App* command, std::optional<int>& from, std::optional<int>& to) {
  command->add_option("--from", from, "First delivery year [default: the register's first, 1995]")
      ->check(DecimalNumber(kFirstYearOption, kLastYearOption, "a year"));
  command->add_option("--to", to, "Last delivery year [default: the register's last, 2024]")
      ->check(DecimalNumber(kFirstYearOption, kLastYearOption, "a year"));
}

void SetupArmsCommand(CLI::App& app, CliContext& ctx) {
  CLI::App* arms = app.add_subcommand(
      "arms", "SIPRI arms transfers: imports, exports, a dyad's flow, supplier dependence, deals");
  arms->require_subcommand(1);
  arms->footer(
      "Source: SIPRI Arms Transfers Database, trade register (deliveries 1995-2024, in millions of TIV).\n\n"
      "Examples:\n"
      "  entente arms imports PAK --from 2013 --to 2018 --by supplier,year\n"
      "  entente arms exports CHN --from 2013 --to 2017 --top 5\n"
      "  entente arms flow CHN PAK --from 2013 --to 2017\n"
      "  entente arms dependence PAK --to 2024\n"
      "  entente arms deals --supplier CHN --recipient PAK --search JF-17");
  SetupArmsTradeCommands(*arms, ctx);
  SetupArmsFlowCommand(*arms, ctx);
  SetupArmsDependenceCommand(*arms, ctx);
  SetupArmsDealsCommand(*arms, ctx);
}

}  // namespace entente
