// Verdicts on claims and the evidence behind them: the estimate a verdict
// rests on, its 95% interval and how it was found, the test with its p-value,
// and the number of observations. docs/CLAIMS.md gives each rule.
#ifndef ENTENTE_QUERY_CLAIMS_VERDICT_H_
#define ENTENTE_QUERY_CLAIMS_VERDICT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "measures/confidence_interval.h"

namespace entente {

enum class Verdict { kSupported, kPartly, kNotSupported, kNotCheckable };
const char* VerdictName(Verdict v);

struct Evidence {
  std::optional<double> estimate;               // what the interval is about: value, slope or difference
  std::optional<ConfidenceInterval> interval;   // 95%; missing when the estimate is exact
  std::string method;                           // how the interval was found, or why the estimate is exact
  std::string test;                             // the test and its statistic; empty when there is none
  std::optional<double> p_value;
  std::optional<int64_t> n;                     // observations behind the interval
  std::string n_of;                             // what n counts: "roll calls", "years", ...
};

struct Judgement {
  Verdict verdict = Verdict::kNotCheckable;
  std::string reason;  // the comparison in words, with the interval or test
  Evidence evidence;
};

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_VERDICT_H_
