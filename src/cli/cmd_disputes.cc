// `entente disputes A B`: militarised disputes between two states.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/relations/dispute_query.h"

namespace entente {

void SetupDisputesCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<DyadRequest>();
  CLI::App* cmd = app.add_subcommand("disputes", "Militarised interstate disputes between two states (COW MID): hostility and who started");
  cmd->add_option("A", req->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", req->b, "Second state")->required();
  AddYearOptions(cmd, &req->years, "1816-2014");
  ctx.AddCommonOptions(cmd, true, {"disputes", "years"});
  cmd->footer(
      "Sections: disputes (dispnum, from, to, sidea_ccode, sidea_iso3, sidea_stateabb: the state whose side\n"
      "took the first militarised action, hostlev and hostility: the dispute's highest level, fatality) and\n"
      "years (dispnum, year, onset, ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2 in the order typed,\n"
      "hostlev1, hostlev2, hiact1, hiact2, orig1, orig2). No dispute is an answer: empty tables, a note, exit 0.\n"
      "Hostility: 1 none, 2 threat, 3 display, 4 use of force, 5 war. COW MID ends in 2014. --from and --to\n"
      "select the disputes under way in those years; from and to stay each dispute's own years.\n\n"
      "Examples:\n  entente disputes IND PAK\n  entente disputes CHN IND --from 1960 --to 1970\n"
      "  entente disputes PAK CHN   # none: empty tables and a note");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = DisputeQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
