// `entente events A [B]` and `entente events validate [FILE...]`: the dated,
// sourced event record, and the check of an analyst's own event files.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/validators.h"
#include "core/event.h"
#include "query/events/events_query.h"

namespace entente {
namespace {

struct EventsOptions {
  EventsRequest request;
  std::vector<std::string> validate_files;
};

std::vector<std::string> CategoryNames() {
  std::vector<std::string> names;
  for (const EventCategoryInfo& c : EventCategories()) names.emplace_back(c.name);
  return names;
}

std::string CategoryHelp() {
  std::string text;
  for (const EventCategoryInfo& c : EventCategories()) text += fmt::format("  {:<20} {}\n", c.name, c.description);
  return text;
}

Status RunEvents(CliContext& ctx, const EventsOptions& opts) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> answer = QueryEvents(**ws, opts.request);
  if (!answer.ok()) return answer.status();
  return ctx.Emit(std::move(*answer));
}

Status RunValidate(CliContext& ctx, const EventsOptions& opts) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> answer = ValidateEvents(**ws, opts.validate_files);
  if (!answer.ok()) return answer.status();
  return ctx.Emit(std::move(*answer));
}

}  // namespace

void SetupEventsCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<EventsOptions>();
  CLI::App* cmd = app.add_subcommand("events", "Dated, sourced events involving a state, or two states, in date order");
  cmd->add_option("STATES", opts->request.states, "One state, or two for the events involving both")
      ->expected(1, 2);
  cmd->add_option("--category", opts->request.category, "Only events of this category (see below)")
      ->check(CLI::IsMember(CategoryNames()));
  cmd->add_option("--from", opts->request.from, "First year [default: the record's first]")->check(Year());
  cmd->add_option("--to", opts->request.to, "Last year [default: the record's last]")->check(Year());
  cmd->add_option("--search", opts->request.search,
                  "Only events whose id, summary, organisations or source contain TEXT (any case)")
      ->check(NonEmptyText());
  cmd->add_option("--events", opts->request.files, "Also read this event file (repeatable); it is validated first")
      ->check(CLI::ExistingFile);
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Columns: date, end (last date of an event that spans time), precision (decade, year, month or day), id,\n"
      "category, states (ISO3 codes), ccodes (COW codes), organisations, summary, date_note, page and footnote\n"
      "(of the record's reference), source (author, title, outlet, date), url, links (dataset rows:\n"
      "sipri_deal:ID, veto_draft:SYMBOL, reactor:NAME), record (the file the event comes from).\n\n"
      "The built-in record holds the events reported in the seed paper (Faisal, \"Pakistan-China Relations:\n"
      "Beyond CPEC\"), each checked against its text and dated no more precisely than it is. Every run checks\n"
      "the records, their links to the SIPRI, veto and reactor datasets and the uniqueness of ids; a problem\n"
      "is a data error (exit 3) naming file, line, column and field. No matching event is an answer: the\n"
      "header, a note on stderr, exit 0.\n"
      "Schema: docs/EVENTS.md.\n\nCategories:\n" +
      CategoryHelp() +
      "\nExamples:\n  entente events PAK CHN --from 2013 --to 2018\n"
      "  entente events PAK CHN --category defence_procurement --format md\n"
      "  entente events India --search kashmir\n"
      "  entente events PAK --events my_events.toml\n"
      "  entente events validate my_events.toml");

  CLI::App* validate = cmd->add_subcommand("validate", "Check event files against the schema and the data bundle");
  validate->add_option("FILE", opts->validate_files, "Event files to check with the built-in record [default: none]")
      ->check(CLI::ExistingFile);
  ctx.AddCommonOptions(validate);
  validate->footer(
      "Checks each file with the built-in record: fields and types, real dates, known categories, states that\n"
      "resolve, ids unique across all records, links that point to existing rows. Prints one row per record\n"
      "(record, events, from, to, states, links, status) and exits 0, or lists every problem as\n"
      "file:line:column and exits 3.\n\nExamples:\n  entente events validate\n"
      "  entente events validate my_events.toml --format json");

  cmd->callback([&ctx, opts, validate] {
    RunAndRecord(ctx, [&] {
      if (validate->parsed()) {
        if (!opts->request.states.empty()) return Status::Usage("events validate takes files, not states");
        return RunValidate(ctx, *opts);
      }
      return RunEvents(ctx, *opts);
    });
  });
}

}  // namespace entente
