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
  ParamSpec(std::string name_, std::string type_, bool required_ = false, std::string help_ = "",
            std::vector<std::string> choices_ = {})
      : name(std::move(name_)), type(std::move(type_)), required(required_), help(std::move(help_)),
        choices(std::move(choices_)) {}
  std::string name;
  std::string type;  // "state", "year", "int", "number", "text", "bool", "states"
  bool required = false;
  std::string help;
  std::vector<std::string> choices;  // the only values allowed, when the set is fixed (votes' by: "year")
};

// The years a year parameter may take when its metric's dataset does not
// narrow them: the state system's start to the end of the century. Years
// inside this range but outside a dataset's coverage make a claim "not
// checkable"; years outside it are mistakes in the file.
constexpr int kFirstClaimYear = 1816;
constexpr int kLastClaimYear = 2100;

// A mistake in one parameter's value that only the data can see (a reactor
// status the data never uses), found by a metric's `check`.
struct ParamProblem {
  std::string param;
  std::string what;
};

struct Metric {
  using Measure = std::function<Result<Measurement>(Workspace&, const ClaimParams&)>;
  Metric(std::string name_, std::string description_, std::vector<ParamSpec> params_, Measure measure_)
      : name(std::move(name_)), description(std::move(description_)), params(std::move(params_)),
        measure(std::move(measure_)) {}
  std::string name;
  std::string description;
  std::vector<ParamSpec> params;
  Measure measure;
  // What the value is in: comparisons (`above`, `below`) need the same unit
  // on both sides. For a text result, what the text is ("date", "iso3").
  std::string unit;
  bool text_result = false;  // a date or a code, compared with `equals` only
  bool yearly = false;       // by = "year" gives a yearly series, for `trend`
  std::string dataset;       // the manifest id whose years the year parameters name, if any
  // Checks parameter values against the data's own values (closed sets);
  // fills `problems` and returns a data error only when the data cannot be read.
  std::function<Status(Workspace&, const ClaimParams&, std::vector<ParamProblem>*)> check;
};

class MetricRegistry {
 public:
  // Every metric of every capability.
  static const MetricRegistry& Default();
  Metric& Add(Metric metric) {
    std::string name = metric.name;
    return metrics_.insert_or_assign(name, std::move(metric)).first->second;
  }
  const Metric* Find(const std::string& name) const;
  // The metric whose name is closest to `name` by edit distance, if one is close.
  std::optional<std::string> Nearest(const std::string& name) const;
  const std::map<std::string, Metric>& metrics() const { return metrics_; }
  // Checks names, types, required parameters, closed sets and years of
  // `params` against the metric, without data; each mistake goes to
  // `problems` at the parameter (or the params table), prefixed `context`.
  void Validate(const Metric& metric, const ClaimParams& params, const std::string& source, const std::string& context,
                ClaimProblems* problems) const;

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

// "\"operating\" is not a value of the data; did you mean \"Operational\"? It has
// Operational, Planned, ...": an unknown value of a closed set, with the
// nearest one (case aside, then by edit distance) and, when few, all of them.
std::string UnknownValue(const std::string& what, const std::string& value, const std::vector<std::string>& valid);

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
