// `entente codes FILE --column C --to ccode,iso3,...`: a user's CSV with the
// codes of each row's state appended.
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "query/codes/country_codes.h"

namespace entente {
namespace {

const std::vector<std::string> kFromNames = {"auto", "name", "ccode", "cowc", "iso2", "iso3", "m49", "gwcode", "gwc"};
const std::vector<std::string> kToNames = {"ccode", "cowc", "iso2", "iso3", "m49", "gwcode", "gwc", "name"};

struct CodesOptions {
  std::string file;
  std::string column;
  std::string year_column;
  std::string from = "auto";
  std::vector<std::string> to;
  std::string output;
  bool strict = false;
};

std::string ProblemLines(const CodesProblem& p) {
  std::string lines = fmt::format("{}", fmt::join(p.lines, ", "));
  if (p.rows > static_cast<int64_t>(p.lines.size())) lines += ", ...";
  return fmt::format("{} row{}, line{} {}", p.rows, p.rows == 1 ? "" : "s", p.lines.size() == 1 ? "" : "s", lines);
}

// What did not match, on standard error: counts, then each value (the first
// kMaxCodesProblemsExplained) with its rows and why.
void ReportProblems(const CodesSummary& s, const std::string& column) {
  if (s.unmatched == 0 && s.places == 0) return;
  std::cerr << fmt::format("entente codes: {} of {} rows matched one state; {} matched none; {} name a place "
                           "without a COW code (column \"{}\"):\n",
                           s.matched, s.rows, s.unmatched, s.places, column);
  size_t shown = 0;
  for (const CodesProblem& p : s.problems) {
    if (shown == kMaxCodesProblemsExplained) break;
    std::cerr << fmt::format("  \"{}\" ({}): {}\n", p.value, ProblemLines(p), p.reason);
    ++shown;
  }
  if (s.problems.size() > shown) std::cerr << fmt::format("  ... and {} more values\n", s.problems.size() - shown);
}

Status RunCodes(CliContext& ctx, const CodesOptions& o) {
  CodesRequest request;
  request.column = o.column;
  request.year_column = o.year_column;
  request.from = ParseCodeSystem(o.from).value_or(CodeSystem::kAny);
  for (const std::string& t : o.to) {
    std::optional<CodeSystem> s = ParseCodeSystem(t);
    if (!s || *s == CodeSystem::kAny) {
      return Status::Usage(fmt::format("codes: --to {}: expected {}", t, fmt::join(kToNames, ", ")));
    }
    request.to.push_back(*s);
  }
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<const CountryRegistry*> reg = (*ws)->Registry();
  if (!reg.ok()) return reg.status();

  std::ifstream file;
  std::istream* in = &std::cin;
  std::string source = "standard input";
  if (o.file != "-") {
    file.open(o.file, std::ios::binary);
    if (!file) return Status::IoError(fmt::format("cannot read {}", o.file));
    in = &file;
    source = o.file;
  }
  // All or nothing: a malformed row part way leaves no partial output file.
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(o.output);
  if (!out.ok()) return out.status();
  Result<CodesSummary> summary = ConvertCodes(**reg, *in, source, request, (*out)->stream());
  if (!summary.ok()) return summary.status();
  ENTENTE_RETURN_IF_ERROR((*out)->Commit());
  ReportProblems(*summary, o.column);
  // The output is the user's own table, so its provenance goes to stderr.
  DatasetRef codelist = (*ws)->Ref("codelist"), states = (*ws)->Ref("cow_states");
  std::cerr << fmt::format("entente codes: codes from {} ({}, sha256 {}) and {} ({}, sha256 {}), with entente's "
                           "alias table (src/data/country_aliases.toml)\n",
                           codelist.id, codelist.version, codelist.sha256, states.id, states.version, states.sha256);
  if (o.strict && summary->unmatched + summary->places > 0) {
    return Status::DataError(fmt::format("--strict: {} of {} rows name no state ({} unmatched, {} places without a "
                                         "COW code)", summary->unmatched + summary->places, summary->rows,
                                         summary->unmatched, summary->places));
  }
  return Status::Ok();
}

}  // namespace

void SetupCodesCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<CodesOptions>();
  CLI::App* cmd = app.add_subcommand("codes", "Append COW, ISO, Gleditsch-Ward and UN codes to a CSV column of states");
  cmd->add_option("FILE", opts->file, "A CSV file with a header row, or - for standard input")
      ->required()
      ->check(CLI::ExistingFile | CLI::IsMember({"-"}));
  cmd->add_option("--column", opts->column, "The column holding names or codes of states")->required();
  cmd->add_option("--year-column", opts->year_column,
                  "A column of years: each row gets the state, name and codes of its year [default: none, the "
                  "present ones]");
  cmd->add_option("--from", opts->from,
                  "How to read the column: auto, name, ccode, cowc, iso2, iso3, m49, gwcode, gwc [default: auto]")
      ->check(CLI::IsMember(kFromNames, CLI::ignore_case));
  cmd->add_option("--to", opts->to, "Columns to append, comma-separated: ccode, cowc, iso2, iso3, m49, gwcode, gwc, name")
      ->required()
      ->delimiter(',')
      ->check(CLI::IsMember(kToNames, CLI::ignore_case));
  cmd->add_flag("--strict", opts->strict, "Exit 3 when any row names no state (the output is still written whole)");
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of standard output");
  ctx.AddCommonOptions(cmd, /*with_output=*/false);
  cmd->footer(
      "Output: the input rows, every one of them and in order, as CSV with the --to columns appended (fields\n"
      "quoted in the input stay quoted). A value is read as `entente country` reads a query: a COW code, ISO2,\n"
      "ISO3 (also former codes such as SUN, YUG, DDR), COW or GW letters, a name in any case or in the\n"
      "codelist's languages; --from fixes the system (needed for numeric M49 and Gleditsch-Ward codes, which a\n"
      "bare number is not). With --year-column, names and codes are those of the row's year (345 is\n"
      "Yugoslavia in 1995 and Serbia in 2010; KOR is COW's Korea in 1890). Rows that match no one state get\n"
      "empty fields and are counted and listed on standard error with suggestions; places without a COW code\n"
      "(Hong Kong, Puerto Rico) get their other codes. Each distinct value and year is resolved once: 100,000\n"
      "rows take a fraction of a second. Exit codes: 0 success, 1 I/O error, 2 usage error (a missing column),\n"
      "3 malformed CSV, or with --strict any row without a state.\n\n"
      "Examples:\n  entente codes survey.csv --column country --to ccode,iso3\n"
      "  entente codes panel.csv --column country --year-column year --to ccode,iso3,gwcode,name\n"
      "  entente codes gw.csv --column gwno --from gwcode --to ccode,name -o with_cow.csv\n"
      "  cut -d, -f1 names.csv | entente codes - --column name --to ccode --strict");
  cmd->callback([&ctx, opts] { RunAndRecord(ctx, [&] { return RunCodes(ctx, *opts); }); });
}

}  // namespace entente
