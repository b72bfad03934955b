// `entente country QUERY [--year Y]`: which state a name or code means, with
// its name and codes by period (or in one year).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/validators.h"
#include "cli/year_options.h"
#include "query/codes/country_query.h"

namespace entente {
namespace {

Status RunCountry(CliContext& ctx, const CountryRequest& opts) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> answer = QueryCountry(**ws, opts);
  if (!answer.ok()) return answer.status();
  return ctx.Emit(std::move(*answer));
}

}  // namespace

void SetupCountryCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<CountryRequest>();
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
