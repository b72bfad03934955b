// The report's claims part: a claim file checked against the data, each claim
// with its measured value, expectation, verdict and reason.
#include <filesystem>

#include <fmt/format.h>

#include "query/claims/claim_check.h"
#include "query/claims/claim_file.h"
#include "query/report/report_parts.h"

namespace entente {

ReportPart BuildClaimsPart(ReportContext& ctx) {
  ReportPart part;
  if (!ctx.request.claims_file) return part;  // no part without a claim file
  part.name = "claims";
  part.title = "Claims";
  Result<ClaimFile> file = LoadClaimFile(*ctx.request.claims_file);
  if (!file.ok()) {
    ctx.fatal = file.status();
    return part;
  }
  Result<std::vector<ClaimResult>> results = CheckClaims(ctx.ws, *file);
  if (!results.ok()) {
    ctx.fatal = results.status();
    return part;
  }
  Answer answer = ClaimsAnswer(*file, *results);
  for (const DatasetRef& d : answer.datasets) ctx.UseDataset(part, d.id);
  std::string verdicts = answer.FactText("verdicts").value_or("");
  part.facts.push_back(ReportFact{"Claim file", fmt::format("{} ({})", answer.title, file->source)});
  part.facts.push_back(ReportFact{"Verdicts", verdicts});
  int supported = 0;
  for (const ClaimResult& r : *results) supported += r.verdict == Verdict::kSupported;
  ctx.report.summary.push_back(Headline{"Claims supported by the data", Cell(static_cast<int64_t>(supported)),
                                        fmt::format("{} of {}", supported, results->size()), verdicts,
                                        "verdicts of the claim file's expectations against the measured values and "
                                        "their 95% intervals",
                                        "as each claim states", std::filesystem::path(file->source).filename().string(),
                                        std::nullopt});
  // The reader's view: the claim, what was measured (its definition and the
  // data and period it rests on), the verdict and why, with the interval,
  // the test and the n behind it.
  const Table& full = FindSection(answer, "claims")->table;
  Table t;
  std::vector<size_t> keep;
  for (const char* c : {"id", "claim", "measured", "expected", "verdict", "reason", "ci_low", "ci_high", "interval",
                        "test", "p_value", "n", "definition", "basis"}) {
    keep.push_back(*ColumnIndex(full, c));
    t.AddColumn(c, full.columns[keep.back()].decimals);
  }
  for (const auto& row : full.rows) {
    std::vector<Cell> out;
    for (size_t k : keep) out.push_back(row[k]);
    t.AddRow(std::move(out));
  }
  AddTable(part, "claims", "Claims and verdicts", t, true);
  for (const std::string& note : answer.notes) part.notes.push_back(note);
  return part;
}

}  // namespace entente
