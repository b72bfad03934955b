// The verdict rules: how an estimate with its interval (or an exact value)
// is weighed against what a claim expects. Pure functions of numbers, so
// that every rule is tested without data; docs/CLAIMS.md states each one.
//
// - Bands (`value` +- tolerance, `min`/`max`): supported when the 95%
//   interval overlaps the band, partly supported when it overlaps the partly
//   band (twice the tolerance, or partly_min/partly_max), else not
//   supported. An exact value is its own interval.
// - Trends: the least-squares slope with its 95% t interval and the
//   Mann-Kendall test (alpha 0.05, two-sided) with Sen's slope. Supported
//   when the slope's interval excludes zero on the claimed side and
//   Mann-Kendall rejects no trend in the claimed direction; partly supported
//   when both slopes point the claimed way but not both reject no trend; not
//   supported otherwise. Fewer than three years are not checkable.
// - Comparisons (`above`, `below`): supported when the difference's 95%
//   interval excludes zero on the claimed side (an exact difference: when it
//   has the claimed sign), partly supported when the difference has the
//   claimed sign but its interval includes zero, else not supported.
#ifndef ENTENTE_QUERY_CLAIMS_CLAIM_RULES_H_
#define ENTENTE_QUERY_CLAIMS_CLAIM_RULES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "query/claims/verdict.h"

namespace entente {

// The significance level of the trend test.
constexpr double kTrendAlpha = 0.05;

struct Band {
  std::optional<double> low, high;  // missing: open on that side
  bool Overlaps(double lo, double hi) const { return (!low || hi >= *low) && (!high || lo <= *high); }
};

// `value` with `evidence` (its interval, when not exact) against the band
// and, when given, the partly band. `expected` is the band in words;
// `claimed`, for a value with a tolerance, is the value the reason measures
// the distance from.
Judgement JudgeBand(double value, const Evidence& evidence, const Band& band, const std::optional<Band>& partly,
                    const std::string& expected, std::optional<double> claimed = std::nullopt);

// A yearly series (year, value) against a claimed direction.
Judgement JudgeTrend(const std::vector<std::pair<int, double>>& series, bool increasing);

// A difference (this side minus the other) with its evidence against the
// claimed sign; `sides` describes the two values in words.
Judgement JudgeDifference(const Evidence& difference, bool above, const std::string& sides);

// Numbers as a verdict shows them: whole numbers as they are, others to 4
// decimals (1 from 100 up); p-values to 4 decimals, or "< 0.0001".
std::string ShowNumber(double v);
std::string ShowPValue(double p);
// "0.9108 to 0.9272 (95% Wilson score interval, n = 4298 roll calls)" or the
// method of an exact estimate.
std::string ShowEvidence(const Evidence& e);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_RULES_H_
