// `entente arms dependence R`: supplier shares and concentration per window.
#include <memory>

#include <fmt/format.h>

#include "cli/arms_commands.h"
#include "cli/validators.h"
#include "query/arms/arms_dependence.h"

namespace entente {

void SetupArmsDependenceCommand(CLI::App& arms, CliContext& ctx) {
  auto req = std::make_shared<ArmsDependenceRequest>();
  CLI::App* cmd = arms.add_subcommand(
      "dependence", "A recipient's supplier shares and their concentration per window, to see dependence change");
  cmd->add_option("RECIPIENT", req->recipient, "The receiving state (name, ISO2, ISO3 or COW code)")->required();
  AddYearOptions(cmd, req->from, req->to);
  cmd->add_option("--window", req->window, "Years per window [default: 5, SIPRI's]")->check(DecimalNumber(1, 100, "a number of years"));
  cmd->add_option("--step", req->step, "Years between window starts; 1 gives rolling windows [default: --window]")
      ->check(DecimalNumber(1, 100, "a number of years"));
  cmd->add_option("--top", req->top, "Suppliers listed per window [default: all]")->check(Count());
  ctx.AddCommonOptions(cmd, true, {"windows", "shares"});
  cmd->footer(fmt::format(
      "Columns: windows: from, to, tiv (all imports), suppliers, hhi (Herfindahl-Hirschman index: sum of\n"
      "squared supplier shares, 1 = a single supplier), effective_suppliers (1/hhi), top_supplier (SIPRI's\n"
      "name), top_supplier_ccode, top_supplier_iso3, top_supplier_stateabb, top_share. shares: from, to,\n"
      "supplier, supplier_ccode, supplier_iso3, supplier_stateabb, tiv, share.\n"
      "Windows end at --to and run back to back (or every --step years); years before the first whole\n"
      "window are left out, with a note.\n\n{}\n\n"
      "Examples:\n"
      "  entente arms dependence PAK\n"
      "  entente arms dependence PAK --to 2017 --top 3\n"
      "  entente arms dependence India --step 1 --format csv",
      kArmsHelpCaveats));
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      Result<Workspace*> ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      Result<Answer> answer = ArmsDependence(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
