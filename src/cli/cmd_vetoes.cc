// `entente vetoes`: Security Council drafts vetoed, by member, years and topic.
#include "cli/commands.h"
#include "cli/year_options.h"
#include "cli/validators.h"
#include "query/relations/veto_query.h"

namespace entente {

void SetupVetoesCommand(CLI::App& app, CliContext& ctx) {
  auto req = std::make_shared<VetoRequest>();
  CLI::App* cmd = app.add_subcommand("vetoes", "Security Council drafts vetoed by the permanent members, with counts");
  cmd->add_option("--by", req->by, "Only drafts this state vetoed (name, ISO2, ISO3 or COW code)");
  AddYearOptions(cmd, &req->years, "1946-2022");
  cmd->add_option("--topic", req->topic, "Only drafts whose agenda item, topic or region contains TEXT (any case)")
      ->check(NonEmptyText());
  ctx.AddCommonOptions(cmd, true, {"vetoes", "casts", "counts"});
  cmd->footer(
      "Sections: vetoes (date, year, draft, meeting_record, agenda_item, topic, region, vetoers: how many\n"
      "members vetoed it, vetoed_by: their names) by date; casts (date, year, draft, ccode, iso3, stateabb: one\n"
      "row per veto cast, the key for joins); counts (ccode, iso3, stateabb, name, vetoes: drafts each member\n"
      "vetoed among those listed). The USSR and Russia share COW code 365. China's seat was the\n"
      "Republic of China's (TWN, 713) until 25 October 1971. The list runs to September 2022.\n\n"
      "Examples:\n  entente vetoes --by CHN\n  entente vetoes --by USA --from 2000\n"
      "  entente vetoes --topic Syria --format csv");
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      auto ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      auto answer = VetoQuery(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
