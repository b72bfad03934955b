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
      "Sections: obligations (obligation, ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2, from, to,\n"
      "n_years: state 1 pledges toward state 2 in each spell of consecutive years) and years (year,\n"
      "atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul: 1 when either state holds the\n"
      "pledge, 0 in every year both were states without it). Spells are listed in both directions.\n"
      "A pair without an alliance is an answer: the empty obligations, a note on stderr, exit 0. ATOP ends in\n"
      "2018. --from and --to select the spells in force in those years (from and to stay each spell's own\n"
      "years) and cut the years table.\n\n"
      "Examples:\n  entente alliances USA GBR --from 1945\n  entente alliances PAK USA --section years\n"
      "  entente alliances PAK ISR   # no alliance: an empty table and a note");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = AllianceQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
