// `entente contiguity A B`: whether two states border each other.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "query/relations/contiguity_query.h"

namespace entente {

void SetupContiguityCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<DyadRequest>();
  CLI::App* cmd = app.add_subcommand("contiguity", "Direct contiguity of two states (COW): land border or water distance, with dates");
  cmd->add_option("A", req->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", req->b, "Second state")->required();
  AddYearOptions(cmd, &req->years, "1816-2016");
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Section contiguity: ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2 (in the order typed), conttype,\n"
      "contiguity, start, end (dates, by month).\n"
      "conttype 1 land or river border; 2-5 at most 12, 24, 150 or 400 miles of water. The file's rows of\n"
      "conttype 0 (peacesciencer's months without contiguity) are no border: they are named in a note, never\n"
      "listed as spells. States that are not contiguous are an answer: no spell, a note on stderr, exit 0. The\n"
      "data end in 2016.\n\n"
      "Examples:\n  entente contiguity PAK CHN\n  entente contiguity USA RUS --format csv\n"
      "  entente contiguity PAK USA   # not contiguous: no spell and a note");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = ContiguityQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
