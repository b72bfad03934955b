// `entente igo A B`: shared IGO memberships of two states by year.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/relations/igo_query.h"

namespace entente {

void SetupIgoCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<DyadRequest>();
  CLI::App* cmd = app.add_subcommand("igo", "Shared intergovernmental organisation memberships of two states by year (COW IGO)");
  cmd->add_option("A", req->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", req->b, "Second state")->required();
  AddYearOptions(cmd, &req->years, "1816-2014");
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Section igo: year, ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2 (in the order typed), dyadigos\n"
      "(IGOs in which both are full members; peacesciencer's name).\n"
      "COW IGO ends in 2014; the organisations' names are not in the dyadic data.\n\n"
      "Examples:\n  entente igo PAK CHN --from 1990\n  entente igo IND PAK --format csv");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = IgoQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
