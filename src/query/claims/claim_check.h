// Checking a claim file: measures every claim with its metric, compares the
// result with what the claim expects, and says whether the data support it.
//
// Verdicts:
// - supported: within the tolerance, inside the bounds, equal, the trend has
//   the claimed direction (least-squares slope and first-to-last change
//   agree), or the comparison holds;
// - partly supported: within twice the tolerance, inside the partly_min /
//   partly_max bounds, or a trend whose slope and first-to-last change
//   disagree;
// - not supported: otherwise;
// - not checkable: the data cannot answer (e.g. a dataset ends before the
//   claim's years), with the reason.
#ifndef ENTENTE_QUERY_CLAIMS_CLAIM_CHECK_H_
#define ENTENTE_QUERY_CLAIMS_CLAIM_CHECK_H_

#include <string>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "query/claims/claim_file.h"
#include "query/claims/claim_metrics.h"
#include "query/workspace.h"

namespace entente {

enum class Verdict { kSupported, kPartly, kNotSupported, kNotCheckable };
const char* VerdictName(Verdict v);

struct ClaimResult {
  const Claim* claim = nullptr;
  Verdict verdict = Verdict::kNotCheckable;
  Measurement measured;
  std::string expected;  // the expectation in words
  std::string reason;    // why this verdict, in one sentence
  std::vector<std::pair<std::string, Measurement>> shown;  // the claim's `show` metrics
};

// Checks every claim. Errors in the file that only the registry can see
// (unknown metric, bad parameter, unknown state) are usage errors naming the
// claim's line; data errors pass through.
Result<std::vector<ClaimResult>> CheckClaims(Workspace& ws, const ClaimFile& file,
                                             const MetricRegistry& registry = MetricRegistry::Default());

// Sections "claims" (id, claim, where, metric, measured, expected, verdict,
// reason, definition, basis) and "also" (id, metric, measured).
Answer ClaimsAnswer(const ClaimFile& file, const std::vector<ClaimResult>& results);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_CHECK_H_
