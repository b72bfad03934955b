// Intervals of claim measurements: Wilson, the bootstrap over roll calls,
// or an exact value with the reason it is exact.
#include "query/claims/claim_evidence.h"

#include <algorithm>

#include <fmt/format.h>

#include "measures/roll_call_bootstrap.h"
#include "measures/vote_measure_registry.h"
#include "measures/wilson_interval.h"

namespace entente {
namespace {

struct Exactness {
  const char* prefix;  // metric names starting with it
  const char* why;
  const char* n_of;    // what a count counts; "" when the value is not a count
};

// The first matching prefix wins.
constexpr Exactness kExact[] = {
    {"votes.n", "exact: a count of roll calls", "roll calls"},
    {"arms.units_delivered", "exact: units summed over the register's deals", "units"},
    {"arms.deals", "exact: a count of the register's deals", "deals"},
    {"arms.top_supplier", "exact: read from the register's TIV by supplier", ""},
    {"arms.", "exact: SIPRI TIV values cover every delivery in the register, a census rather than a sample, so "
              "the value has no sampling interval",
     ""},
    {"power.", "exact: COW CINC is a measurement of each state's capabilities in the year, not a sample", ""},
    {"vetoes.first", "exact: a date from the list of vetoes", ""},
    {"vetoes.", "exact: a count of the list of vetoes", "vetoes"},
    {"nuclear.reactors", "exact: a count of the list of reactors", "reactors"},
    {"nuclear.", "exact: a sum over the list of reactors", ""},
    {"events.first", "exact: a date from the event record", ""},
    {"events.", "exact: a count of the event record", "events"},
};

Evidence ExactEvidence(const std::string& metric, const Measurement& m) {
  Evidence e;
  e.estimate = m.value;
  e.method = "exact";
  for (const Exactness& x : kExact) {
    if (metric.rfind(x.prefix, 0) != 0) continue;
    e.method = x.why;
    if (*x.n_of && m.value) {
      e.n = static_cast<int64_t>(*m.value);
      e.n_of = x.n_of;
    }
    break;
  }
  return e;
}

// The vote measure's statistic over a resampled table, when m is one.
std::optional<ChoiceStatistic> VoteStatistic(const Measurement& m) {
  if (!m.choices || m.vote_measure.empty()) return std::nullopt;
  const VoteMeasureInfo* info = FindVoteMeasure(m.vote_measure);
  if (info == nullptr || info->field == nullptr) return std::nullopt;
  auto field = info->field;
  return ChoiceStatistic([field](const ChoiceTable& t) { return ComputeAgreement(t).*field; });
}

std::string BootstrapMethod(int64_t n) {
  return fmt::format("95% percentile bootstrap over {} roll calls, {} replicates", n, kBootstrapReplicates);
}

}  // namespace

Evidence ValueEvidence(const std::string& metric, const Measurement& m) {
  std::optional<ChoiceStatistic> statistic = VoteStatistic(m);
  if (!statistic) return ExactEvidence(metric, m);
  Evidence e;
  e.estimate = m.value;
  e.n = m.choices->n();
  e.n_of = "roll calls";
  if (m.vote_measure == "agree") {
    int64_t same = 0;
    for (size_t i = 0; i < 3; ++i) same += m.choices->count[i][i];
    e.interval = WilsonInterval(same, *e.n, kVerdictConfidence);
    e.method = fmt::format("95% Wilson score interval over {} roll calls", *e.n);
  } else {
    e.interval = PercentileInterval(BootstrapRollCalls(*m.choices, *statistic), kVerdictConfidence);
    e.method = BootstrapMethod(*e.n);
  }
  return e;
}

Evidence DifferenceEvidence(const std::string& metric, const Measurement& m, const std::string& other_metric,
                            const Measurement& other) {
  Evidence e;
  e.estimate = *m.value - *other.value;
  std::optional<ChoiceStatistic> s1 = VoteStatistic(m), s2 = VoteStatistic(other);
  if (!s1 && !s2) {
    Evidence a = ExactEvidence(metric, m), b = ExactEvidence(other_metric, other);
    e.method = a.method == b.method ? a.method : a.method + "; " + b.method;
    return e;
  }
  // Independent streams for the two sides; an exact side stays fixed.
  std::vector<double> r1 = s1 ? BootstrapRollCalls(*m.choices, *s1) : std::vector<double>{};
  std::vector<double> r2 = s2 ? BootstrapRollCalls(*other.choices, *s2, kBootstrapReplicates, kBootstrapSeed + 1)
                              : std::vector<double>{};
  size_t count = s1 && s2 ? std::min(r1.size(), r2.size()) : std::max(r1.size(), r2.size());
  std::vector<double> d;
  for (size_t i = 0; i < count; ++i) d.push_back((s1 ? r1[i] : *m.value) - (s2 ? r2[i] : *other.value));
  e.interval = PercentileInterval(d, kVerdictConfidence);
  e.p_value = BootstrapPValue(d);
  e.test = "bootstrap test of no difference, two-sided";
  int64_t n1 = s1 ? m.choices->n() : 0, n2 = s2 ? other.choices->n() : 0;
  e.n = n1 + n2;
  e.n_of = "roll calls";
  e.method = s1 && s2 ? fmt::format("95% percentile bootstrap of the difference, the two dyads' {} and {} roll calls "
                                    "resampled independently, {} replicates",
                                    n1, n2, kBootstrapReplicates)
                      : BootstrapMethod(s1 ? n1 : n2);
  return e;
}

}  // namespace entente
