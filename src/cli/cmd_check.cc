// `entente check FILE`: measure a paper's claims and give verdicts.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "query/claims/claim_check.h"

namespace entente {
namespace {

struct CheckOptions {
  std::string file;
  bool strict = false;
  bool metrics = false;
};

Answer MetricsAnswer() {
  Answer a;
  a.command = "check --metrics";
  a.title = "Metrics a claim can name";
  Table& t = a.AddSection("metrics", "Metrics");
  for (const char* c : {"metric", "description", "unit", "parameters"}) t.AddColumn(c);
  for (const auto& [name, m] : MetricRegistry::Default().metrics()) {
    std::vector<std::string> params;
    for (const auto& p : m.params) params.push_back(fmt::format("{}{} ({})", p.name, p.required ? "*" : "", p.type));
    t.AddRow({name, m.description, m.text_result ? "text: " + m.unit : m.unit, fmt::format("{}", fmt::join(params, ", "))});
  }
  a.notes.push_back("Parameters marked * are required; above and below compare metrics of the same unit.");
  return a;
}

Status RunCheck(CliContext& ctx, const CheckOptions& o) {
  if (o.metrics) return ctx.Emit(MetricsAnswer());
  if (o.file.empty()) return Status::Usage("check: give a claim FILE, e.g. claims/pakistan-china-beyond-cpec.toml");
  Result<ClaimFile> file = LoadClaimFile(o.file);
  if (!file.ok()) return file.status();
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<std::vector<ClaimResult>> results = CheckClaims(**ws, *file);
  if (!results.ok()) return results.status();
  ENTENTE_RETURN_IF_ERROR(ctx.Emit(ClaimsAnswer(*file, *results)));
  if (o.strict) {
    int failed = 0;
    for (const auto& r : *results) failed += r.verdict == Verdict::kNotSupported;
    if (failed > 0) return Status::Runtime(fmt::format("--strict: {} claim(s) not supported", failed));
  }
  return Status::Ok();
}

}  // namespace

void SetupCheckCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Measure the claims of a claim file and say whether the data support them");
  cmd->add_option("FILE", opts->file, "A claim file (TOML; see docs/CLAIMS.md)")->check(CLI::ExistingFile);
  cmd->add_flag("--strict", opts->strict, "Exit 1 when any claim is not supported");
  cmd->add_flag("--metrics", opts->metrics, "List the metrics a claim can name, with their parameters");
  ctx.AddCommonOptions(cmd, true, {"claims", "also"});
  cmd->footer(
      "For each claim: id, claim, where (paper, page), metric, measured, expected, verdict (supported, partly\n"
      "supported, not supported, not checkable), reason, the evidence behind the verdict (estimate, ci_low and\n"
      "ci_high of its 95% interval, interval: how it was found or why the value is exact, test, p_value, n),\n"
      "definition (the measure), basis (period, n, filters). Vote shares get a Wilson interval, other vote\n"
      "measures a bootstrap over roll calls (2000 replicates, fixed seed); trends the least-squares slope's t\n"
      "interval and the Mann-Kendall test; counts, dates, SIPRI TIV and CINC are exact (docs/CLAIMS.md);\n"
      "section `also` holds the other measures a claim asks to show. Every evaluated claim exits 0;\n"
      "with --strict, a claim that is not supported exits 1. A mistake in the claim file (bad TOML, an\n"
      "unknown key, metric or value, a missing or mistyped parameter, a year outside 1816-2100, bounds out of\n"
      "order, an expectation the metric cannot meet) is a usage error, exit 2: every mistake is listed as\n"
      "FILE:LINE:COLUMN and no claim is checked. A dataset missing or changed is exit 3.\n\n"
      "Examples:\n  entente check claims/pakistan-china-beyond-cpec.toml\n"
      "  entente check claims/pakistan-china-beyond-cpec.toml --format md -o claims.md\n  entente check --metrics");
  cmd->callback([&ctx, opts] { RunAndRecord(ctx, [&] { return RunCheck(ctx, *opts); }); });
}

}  // namespace entente
