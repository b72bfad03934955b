// Checking a claim file: measures every claim with its metric, finds the
// uncertainty of what was measured, weighs it against what the claim expects
// and says whether the data support it.
//
// Verdicts (claim_rules.h gives the rules, docs/CLAIMS.md their references):
// - supported: the 95% interval of the measured value overlaps the claimed
//   band, a trend's slope interval excludes zero and the Mann-Kendall test
//   rejects no trend, a comparison's difference interval excludes zero, or
//   the measured text equals the claim;
// - partly supported: the interval meets only the partly band, or a trend or
//   difference points the claimed way without being distinguishable from
//   none;
// - not supported: otherwise;
// - not checkable: the data cannot answer (e.g. a dataset ends before the
//   claim's years), with the reason.
// Counts, dates, SIPRI TIV and COW CINC are exact: their interval is the
// value itself.
#ifndef ENTENTE_QUERY_CLAIMS_CLAIM_CHECK_H_
#define ENTENTE_QUERY_CLAIMS_CLAIM_CHECK_H_

#include <string>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "query/claims/claim_file.h"
#include "query/claims/claim_metrics.h"
#include "query/claims/verdict.h"
#include "query/workspace.h"

namespace entente {

struct ClaimResult {
  const Claim* claim = nullptr;
  Verdict verdict = Verdict::kNotCheckable;
  Measurement measured;
  std::string expected;  // the expectation in words
  std::string reason;    // why this verdict, in one sentence, with the interval or test
  Evidence evidence;     // the estimate, interval, test and n behind the verdict
  std::vector<std::pair<std::string, Measurement>> shown;  // the claim's `show` metrics
};

// Checks every claim against the registry and the data before any is
// measured: metric names (with the nearest), parameters (names, types,
// required ones, years from kFirstClaimYear to kLastClaimYear, from <= to,
// states, closed sets such as a reactor status, against the data's values)
// and the expectation's fit to the metric (equals only on a text, a trend
// only on a yearly series with by = "year", comparisons only between
// metrics of one unit). All mistakes are one usage error, a line each at
// file:line:column; a data error (the bundle cannot be read) passes through.
Status ValidateClaims(Workspace& ws, const ClaimFile& file,
                      const MetricRegistry& registry = MetricRegistry::Default());

// Checks every claim: ValidateClaims, then measures and judges each. A
// query's refusal found only while measuring is a usage error naming the
// claim's file:line:column; data errors pass through.
Result<std::vector<ClaimResult>> CheckClaims(Workspace& ws, const ClaimFile& file,
                                             const MetricRegistry& registry = MetricRegistry::Default());

// Sections "claims" (id, claim, where, metric, measured, expected, verdict,
// reason, estimate, ci_low, ci_high, interval, test, p_value, n, definition,
// basis) and "also" (id, metric, measured, definition). Defined in
// claim_answer.cc.
Answer ClaimsAnswer(const ClaimFile& file, const std::vector<ClaimResult>& results);

// A measurement as a verdict shows it: its text, its number, the ends of
// its series, or "-" when it is not checkable.
std::string ShowMeasurement(const Measurement& m);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_CHECK_H_
