// `entente alliances A B`: the years of each ATOP pledge between two states.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/relations/alliance_query.h"

namespace entente {

void SetupAlliancesCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<DyadRequest>();
  CLI::App* cmd = app.add_subcommand("alliances", "Years of each ATOP alliance pledge between two states (defence, offence, neutrality, ...)");
  cmd->add_option("A", req->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", req->b, "Second state")->required();
  AddYearOptions(cmd, &req->years, "1815-2018");
  ctx.AddCommonOptions(cmd, true, {"obligations", "years"});
  cmd->footer(
      "Sections: obligations (obligation, iso3_1, ccode1, iso3_2, ccode2, from, to, years: iso3_1 pledges toward\n"
      "iso3_2 in each spell of consecutive years) and years (year, defense, offense, neutrality, non_aggression,\n"
      "consultation: 1 when either state holds the pledge). A pair without an alliance in the period gets a\n"
      "one-line message (exit 2). ATOP ends in 2018. --from and --to select the spells in force in those\n"
      "years (from and to stay each spell's own years) and cut the years table.\n\n"
      "Examples:\n  entente alliances USA GBR --from 1945\n  entente alliances PAK USA\n"
      "  entente alliances PAK CHN   # no alliance: exit 2");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = AllianceQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(*answer);
    });
  });
}

}  // namespace entente
