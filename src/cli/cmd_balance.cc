// `entente balance A+B C+D`: two coalitions' summed capabilities and balance.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/power/balance_query.h"

namespace entente {

void SetupBalanceCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<BalanceRequest>();
  CLI::App* cmd = app.add_subcommand("balance", "Two coalitions' summed capabilities (COW CINC) and the first's share");
  cmd->add_option("COALITION1", req->coalition1, "States joined by '+', e.g. PAK+CHN")->required();
  cmd->add_option("COALITION2", req->coalition2, "States joined by '+', e.g. IND+USA")->required();
  AddYearOptions(cmd, &req->years, "1816-2016");
  ctx.AddCommonOptions(cmd, true, {"totals", "balance"});
  cmd->footer(
      "Sections: totals (year, coalition, members, cinc, milex, milper, irst, pec, tpop, upop summed over the\n"
      "members) and balance (year, cinc1, cinc2, cinc_ratio, cinc_share1 = cinc1/(cinc1+cinc2)). A year enters\n"
      "only when every member has an NMC record; a total is empty when any member's value is missing (-9).\n\n"
      "Examples:\n  entente balance PAK+CHN IND+USA\n  entente balance PAK+CHN IND+USA --from 1990 --format csv\n"
      "  entente balance \"United Kingdom+France\" Germany --from 1900 --to 1914");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = BalanceQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
