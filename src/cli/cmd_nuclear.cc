// `entente nuclear A`: a state's nuclear power reactors and who designed them.
#include "cli/commands.h"
#include "query/relations/nuclear_query.h"

namespace entente {

void SetupNuclearCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<NuclearRequest>();
  CLI::App* cmd = app.add_subcommand("nuclear", "A state's nuclear power reactors, totals by status, design vendors");
  cmd->add_option("A", req->state, "The state (name, ISO2, ISO3 or COW code)")->required();
  ctx.AddCommonOptions(cmd, true, {"reactors", "totals", "suppliers"});
  cmd->footer(
      "Sections: reactors (name, status, type, model, construction_start, operational_from, operational_to,\n"
      "capacity_mwe: design net MWe, supplier_ccode, supplier_iso3, supplier_stateabb: the vendor state whose\n"
      "design the model names, iaea_id), totals (status, reactors, capacity_mwe, capacity_unknown; operational,\n"
      "under construction and planned always listed) and suppliers (supplier_ccode, supplier_iso3,\n"
      "supplier_stateabb, designer, reactors, operational, operational_mwe). The model-to-vendor table is entente's own\n"
      "(src/data/reactor_vendors.toml) and names only designs whose vendor is clear. GeoNuclearData was last\n"
      "updated in 2021-2022.\n\n"
      "Examples:\n  entente nuclear PAK\n  entente nuclear India --format csv\n  entente nuclear CHN --format json");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = NuclearQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
