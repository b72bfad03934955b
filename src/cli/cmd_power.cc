// `entente power A B`: two states' capabilities (COW NMC) and their balance.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/power/power_query.h"

namespace entente {

void SetupPowerCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<PowerRequest>();
  CLI::App* cmd = app.add_subcommand("power", "Two states' material capabilities (COW CINC and components) by year");
  cmd->add_option("A", req->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", req->b, "Second state")->required();
  AddYearOptions(cmd, &req->years, "1816-2016");
  ctx.AddCommonOptions(cmd, true, {"capabilities", "balance"});
  cmd->footer(
      "Sections: capabilities (year, ccode, iso3, stateabb, cowmaj, cinc, milex, milper, irst, pec, tpop, upop:\n"
      "one row per state-year) and balance (year, ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2 in the\n"
      "order typed, cinc1, cinc2, cinc_ratio = cinc1/cinc2, cinc_share1 = cinc1/(cinc1+cinc2)). NMC's -9 is missing: left empty, never counted. NMC ends in 2016;\n"
      "years past it are reported, not filled. Units: milex thousands of current US$, the others thousands.\n\n"
      "Examples:\n  entente power PAK CHN --from 1990\n  entente power India Pakistan --format csv\n"
      "  entente power USA CHN --from 2000 --to 2016 --format json");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = PowerQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
