// The metrics a claim can name: for each, its parameters and how it is
// measured from the data. Each capability registers its own metrics
// (RegisterVoteMetrics, ...); docs/CLAIMS.md lists them all, and
// `entente check --metrics` prints this registry.
#ifndef ENTENTE_QUERY_CLAIMS_CLAIM_METRICS_H_
#define ENTENTE_QUERY_CLAIMS_CLAIM_METRICS_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "measures/choice_table.h"
#include "query/claims/claim_file.h"
#include "query/workspace.h"

namespace entente {

// What a metric measured.
struct Measurement {
  std::optional<double> value;               // numeric result
  std::string text;                          // non-numeric result (a date, a name), or value as shown
  std::vector<std::pair<int, double>> series;  // (year, value), for trend expectations
  std::string definition;                    // the measure's name and definition
  std::string basis;                         // what it was computed over ("n = 4298 roll calls, 1971-2017")
  std::vector<DatasetRef> datasets;
  std::string not_checkable;                 // non-empty: the data cannot answer, and why
  // Vote measures over a pooled period: the dyad's choice table and the
  // measure's name, from which claim_evidence.h finds the value's interval.
  // Other metrics leave them empty: their values are exact.
  std::optional<ChoiceTable> choices;
  std::string vote_measure;
};

struct ParamSpec {
  std::string name;
  std::string type;  // "state", "year", "int", "number", "text", "bool", "states"
  bool required = false;
  std::string help;
};

struct Metric {
  std::string name;
  std::string description;
  std::vector<ParamSpec> params;
  std::function<Result<Measurement>(Workspace&, const ClaimParams&)> measure;
};

class MetricRegistry {
 public:
  // Every metric of every capability.
  static const MetricRegistry& Default();
  void Add(Metric metric) { metrics_.emplace(metric.name, std::move(metric)); }
  const Metric* Find(const std::string& name) const;
  const std::map<std::string, Metric>& metrics() const { return metrics_; }
  // Checks names and types of `params` against the metric; a usage error
  // names the parameter and its line.
  Status Validate(const Metric& metric, const ClaimParams& params, const std::string& source) const;

 private:
  std::map<std::string, Metric> metrics_;
};

void RegisterVoteMetrics(MetricRegistry& registry);
void RegisterArmsMetrics(MetricRegistry& registry);
void RegisterPowerMetrics(MetricRegistry& registry);
void RegisterVetoMetrics(MetricRegistry& registry);
void RegisterNuclearMetrics(MetricRegistry& registry);
void RegisterEventMetrics(MetricRegistry& registry);

// Parameter access for metric implementations (Validate has run).
std::optional<std::string> TextParam(const ClaimParams& p, const std::string& name);
std::optional<int64_t> IntParam(const ClaimParams& p, const std::string& name);
bool BoolParam(const ClaimParams& p, const std::string& name);

// A measurement read from a query's answer: the cell in `column` of the first
// row of `section` whose cells equal `match` (compared as text). A query that
// finds nothing gives 0 when `zero_when_absent`, else "not checkable"; a query
// refused because the period lies outside a dataset's coverage is "not
// checkable" with that reason; other errors pass through.
struct AnswerPick {
  std::string section;
  std::string column;
  std::vector<std::pair<std::string, std::string>> match;
  bool zero_when_absent = false;
  bool sum_rows = false;  // add the column over every matching row instead
};
Result<Measurement> MeasureFromAnswer(const Result<Answer>& answer, const AnswerPick& pick, std::string definition);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_METRICS_H_
