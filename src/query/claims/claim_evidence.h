// The uncertainty of a claim's measurement: the 95% interval of a value and
// of the difference of two values, found as docs/CLAIMS.md ("Uncertainty")
// says for each kind of metric.
//
// - Vote measures carry their dyad's pooled ChoiceTable. agree, a simple
//   proportion of roll calls, gets the Wilson score interval; ia, s, kappa
//   and pi get the percentile interval of the bootstrap over roll calls
//   (measures/roll_call_bootstrap.h). A difference of two vote measures is
//   bootstrapped with the two dyads resampled independently, and tested
//   with the bootstrap p-value of no difference.
// - Every other metric is exact: a count or date read from a list (events,
//   vetoes, reactors, deals), or a measurement that is not a sample (SIPRI
//   TIV, which covers every delivery the register holds, and COW CINC). The
//   evidence says why and has no interval; a difference involving only exact
//   values is exact too.
#ifndef ENTENTE_QUERY_CLAIMS_CLAIM_EVIDENCE_H_
#define ENTENTE_QUERY_CLAIMS_CLAIM_EVIDENCE_H_

#include <string>

#include "query/claims/claim_metrics.h"
#include "query/claims/verdict.h"

namespace entente {

// The evidence behind `m`'s value, measured by the metric named `metric`.
// REQUIRES: m.value is set and m.not_checkable empty.
Evidence ValueEvidence(const std::string& metric, const Measurement& m);

// The evidence on m.value - other.value. REQUIRES: both values set.
Evidence DifferenceEvidence(const std::string& metric, const Measurement& m, const std::string& other_metric,
                            const Measurement& other);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_EVIDENCE_H_
