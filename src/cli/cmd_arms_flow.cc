// `entente arms flow S R`: one dyad's arms transfers by year and window.
#include <memory>

#include <fmt/format.h>

#include "cli/arms_commands.h"
#include "cli/validators.h"
#include "query/arms/arms_flow.h"

namespace entente {

void SetupArmsFlowCommand(CLI::App& arms, CliContext& ctx) {
  auto req = std::make_shared<ArmsFlowRequest>();
  CLI::App* cmd = arms.add_subcommand(
      "flow", "Arms transfers from a supplier to a recipient by year and 5-year window, with both sides' shares");
  cmd->add_option("SUPPLIER", req->supplier, "The supplying state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("RECIPIENT", req->recipient, "The receiving state (name, ISO2, ISO3 or COW code)")->required();
  AddYearOptions(cmd, req->from, req->to);
  cmd->add_option("--window", req->window, "Years per window; windows run back to back, ending at --to [default: 5]")
      ->check(DecimalNumber(1, 100, "a number of years"));
  ctx.AddCommonOptions(cmd, true, {"by_year", "windows"});
  cmd->footer(fmt::format(
      "Columns: by_year: year, tiv (supplier to recipient), share_of_imports (of the recipient's imports from\n"
      "all suppliers), share_of_exports (of the supplier's exports to all recipients), recipient_imports,\n"
      "supplier_exports. windows: from, to and the same columns summed over each window. Facts: the\n"
      "period's total, both shares over the whole period, and the peak year. A share is empty when its\n"
      "total is zero.\n\n{}\n\n"
      "Examples:\n"
      "  entente arms flow CHN PAK --from 2013 --to 2017\n"
      "  entente arms flow China Pakistan --format json\n"
      "  entente arms flow USA IND --window 10",
      kArmsHelpCaveats));
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      Result<Workspace*> ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      Result<Answer> answer = ArmsFlow(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
