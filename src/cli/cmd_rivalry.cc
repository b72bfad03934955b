// `entente rivalry A B`: strategic rivalries between two states.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/relations/rivalry_query.h"

namespace entente {

void SetupRivalryCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<DyadRequest>();
  CLI::App* cmd = app.add_subcommand("rivalry", "Strategic rivalries between two states (Thompson and Dreyer): type and years");
  cmd->add_option("A", req->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", req->b, "Second state")->required();
  AddYearOptions(cmd, &req->years, "1494-2010");
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Section rivalries: rivalry, name, ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2 (in the order\n"
      "typed), from, to, region, types (main type first: spatial, positional, ideological, interventionary).\n"
      "The data end in 2010: a rivalry ending then may continue. A pair without a rivalry is an answer: the\n"
      "empty table, a note on stderr, exit 0.\n\n"
      "Examples:\n  entente rivalry IND PAK\n  entente rivalry CHN IND --format json\n"
      "  entente rivalry PAK CHN   # none: an empty table and a note");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = RivalryQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
