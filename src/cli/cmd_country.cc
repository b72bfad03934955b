// `entente country QUERY`: which state a name or code means.
#include <fmt/format.h>

#include "cli/commands.h"

namespace entente {
namespace {

struct CountryOptions {
  std::string query;
  bool list = false;
};

std::string Spells(const Country& c) {
  std::vector<std::string> parts;
  for (const StateSpell& s : c.spells) parts.push_back(fmt::format("{}-{}", s.from_year, s.to_year));
  return fmt::format("{}", fmt::join(parts, ", "));
}

Status RunCountry(CliContext& ctx, const CountryOptions& opts) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<const CountryRegistry*> reg = (*ws)->Registry();
  if (!reg.ok()) return reg.status();
  std::vector<const Country*> shown;
  Answer answer;
  answer.command = "country";
  if (opts.list) {
    for (const Country& c : (*reg)->countries()) shown.push_back(&c);
    answer.title = fmt::format("{} states in the registry", shown.size());
  } else {
    if (opts.query.empty()) return Status::Usage("country: give a QUERY or --list");
    Result<const Country*> c = (*reg)->Resolve(opts.query);
    if (!c.ok()) return c.status();
    shown.push_back(*c);
    answer.title = fmt::format("\"{}\" is {}", opts.query, (*c)->name);
  }
  Table& t = answer.AddSection("countries", "Countries");
  for (const char* col : {"name", "ccode", "cow", "iso3", "iso2", "state_system"}) t.AddColumn(col);
  for (const Country* c : shown) {
    t.AddRow({c->name, Cell(static_cast<int64_t>(c->ccode.value)), c->cow_letters,
              c->iso3.empty() ? Cell() : Cell(c->iso3), c->iso2.empty() ? Cell() : Cell(c->iso2),
              c->spells.empty() ? Cell() : Cell(Spells(*c))});
  }
  answer.UseDataset((*ws)->Ref("codelist"));
  answer.UseDataset((*ws)->Ref("cow_states"));
  return ctx.Emit(answer);
}

}  // namespace

void SetupCountryCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<CountryOptions>();
  CLI::App* cmd = app.add_subcommand("country", "Which state a name or code means (name, COW code, ISO codes, years)");
  cmd->add_option("QUERY", opts->query, "A name (any case; \"PRC\", \"Viet Nam\"), ISO2, ISO3, COW letters or COW code");
  cmd->add_flag("--list", opts->list, "List every state in the registry");
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Columns: name, ccode (COW numeric code, the key of every dataset), cow (COW letters), iso3, iso2,\n"
      "state_system (years in the COW state system). An ambiguous query lists the candidates and exits 2;\n"
      "an unknown one suggests the closest names and exits 2.\n\n"
      "Examples:\n  entente country pakistan\n  entente country PRC\n  entente country 365\n"
      "  entente country \"Viet Nam\" --format json");
  cmd->callback([&ctx, opts] { RunAndRecord(ctx, [&] { return RunCountry(ctx, *opts); }); });
}

}  // namespace entente
