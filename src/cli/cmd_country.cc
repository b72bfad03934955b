// `entente country QUERY [--year Y]`: which state a name or code means, with
// its name and codes by period (or in one year).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/validators.h"
#include "cli/year_options.h"

namespace entente {
namespace {

struct CountryOptions {
  std::string query;
  std::optional<int> year;
  bool list = false;
};

std::string Spells(const Country& c) {
  std::vector<std::string> parts;
  for (const StateSpell& s : c.spells) parts.push_back(fmt::format("{}-{}", s.from_year, s.to_year));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string PeriodYears(const CountryIdentity& id) {
  if (id.to_year == kOpenYear) return fmt::format("from {}", id.from_year);
  return fmt::format("{}-{}", id.from_year, id.to_year);
}

Cell OptionalText(const std::string& s) { return s.empty() ? Cell() : Cell(s); }
Cell OptionalNumber(int code) { return code == 0 ? Cell() : Cell(static_cast<int64_t>(code)); }

void AddIdentityRow(Table& t, const Country& c, const CountryIdentity& id) {
  t.AddRow({id.name, Cell(static_cast<int64_t>(c.ccode.value)), OptionalText(id.cow_letters), OptionalText(id.iso3),
            OptionalText(id.iso2), c.spells.empty() ? Cell() : Cell(Spells(c)), OptionalNumber(id.gw_code),
            OptionalText(id.gw_letters), OptionalNumber(id.m49), Cell(static_cast<int64_t>(id.from_year)),
            id.to_year == kOpenYear ? Cell() : Cell(static_cast<int64_t>(id.to_year))});
}

Status RunCountry(CliContext& ctx, const CountryOptions& opts) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<const CountryRegistry*> reg = (*ws)->Registry();
  if (!reg.ok()) return reg.status();
  Answer answer;
  answer.command = "country";
  Table& t = answer.AddSection("countries", "Countries");
  for (const char* col : {"name", "ccode", "stateabb", "iso3", "iso2", "state_system", "gwcode", "gw_stateid", "m49", "from",
                          "to"}) {
    t.AddColumn(col);
  }
  if (opts.list) {
    size_t n = 0;
    for (const Country& c : (*reg)->countries()) {
      if (opts.year) {
        const CountryIdentity* id = (*reg)->IdentityIn(c.ccode, *opts.year);
        if (!id->Covers(*opts.year)) continue;
        AddIdentityRow(t, c, *id);
      } else {
        for (const CountryIdentity& id : c.identities) AddIdentityRow(t, c, id);
      }
      ++n;
    }
    answer.title = opts.year ? fmt::format("{} states in the registry in {}", n, *opts.year)
                             : fmt::format("{} states in the registry, by period", n);
  } else {
    if (opts.query.empty()) return Status::Usage("country: give a QUERY or --list");
    Result<const Country*> found = (*reg)->Resolve(opts.query, opts.year);
    if (!found.ok()) return found.status();
    const Country& c = **found;
    if (opts.query.size() == 3 && opts.query.find(':') == std::string::npos) {
      // A three-letter code is read as ISO3 first: say when COW's letters mean another state.
      Result<const Country*> cow = (*reg)->Resolve("cow:" + opts.query, opts.year);
      if (cow.ok() && *cow != &c) {
        answer.notes.push_back(fmt::format("{} is read as an ISO3 code; as COW letters it is {}: type cow:{} for it.",
                                           opts.query, (*cow)->Label(), opts.query));
      }
    }
    if (opts.year) {
      const CountryIdentity* id = (*reg)->IdentityIn(c.ccode, *opts.year);
      AddIdentityRow(t, c, *id);
      answer.title = fmt::format("\"{}\" in {} is {} (COW {})", opts.query, *opts.year, id->name, c.ccode.value);
      if (!id->Covers(*opts.year)) {
        answer.notes.push_back(fmt::format("{} names no state in {}: shown is its identity of {}.", c.ccode.value,
                                           *opts.year, PeriodYears(*id)));
      }
    } else {
      for (const CountryIdentity& id : c.identities) AddIdentityRow(t, c, id);
      if (c.identities.size() == 1) {
        answer.title = fmt::format("\"{}\" is {}", opts.query, c.name);
      } else {
        std::vector<std::string> runs;
        for (const CountryIdentity& id : c.identities) runs.push_back(fmt::format("{} {}", id.name, PeriodYears(id)));
        answer.title = fmt::format("\"{}\" is COW state {}: {}", opts.query, c.ccode.value, fmt::join(runs, ", "));
      }
    }
  }
  answer.UseDataset((*ws)->Ref("codelist"));
  answer.UseDataset((*ws)->Ref("cow_states"));
  return ctx.Emit(answer);
}

}  // namespace

void SetupCountryCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<CountryOptions>();
  CLI::App* cmd = app.add_subcommand("country", "Which state a name or code means (name, COW code, ISO codes, years)");
  cmd->add_option("QUERY", opts->query,
                  "A name in any case or language (\"PRC\", \"Viet Nam\", \"Allemagne\"), ISO2, ISO3 (also former: "
                  "SUN, YUG), COW letters, COW code, or with a prefix m49:N, gw:N, cow:X");
  cmd->add_option("--year", opts->year, "The state and its name and codes in this year [default: every period]")
      ->check(DecimalNumber(kFirstYearAccepted, kLastYearAccepted, "a year"));
  cmd->add_flag("--list", opts->list, "List every state in the registry (with --year: those of that year)");
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Columns: name, ccode (COW numeric code, the key of every dataset), stateabb (COW letters), iso3, iso2,\n"
      "state_system (years in the COW state system), gwcode and gw_stateid (Gleditsch-Ward), m49 (UN code),\n"
      "from and to (the years of that name and those codes; to is empty while they hold). One row per period\n"
      "(COW 345 is Yugoslavia until 2002, Serbia and Montenegro 2003-2005, Serbia from 2006), or with --year\n"
      "the one of that year. A three-letter code is read as ISO3 first (KOR is South Korea), then COW letters\n"
      "(with --year 1890, KOR is COW's Korea; cow:KOR always is). An ambiguous query lists the candidates and\n"
      "exits 2; an unknown one suggests the closest names and codes and exits 2. Exit codes: 0 success,\n"
      "2 usage error or unknown country, 3 data error.\n\n"
      "Examples:\n  entente country pakistan\n  entente country PRC\n  entente country 365\n"
      "  entente country Serbia --year 1995\n  entente country KOR --year 1890\n  entente country gw:340\n"
      "  entente country \"Viet Nam\" --format json");
  cmd->callback([&ctx, opts] { RunAndRecord(ctx, [&] { return RunCountry(ctx, *opts); }); });
}

}  // namespace entente
