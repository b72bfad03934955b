// The metrics a claim can name: for each, its parameters and how it is
// measured from the data. Each capability registers its own metrics
// (RegisterVoteMetrics, ...); docs/CLAIMS.md lists them all, and
// `entente check --metrics` prints this registry.
#ifndef ENTENTE_QUERY_CLAIM_METRICS_H_
#define ENTENTE_QUERY_CLAIM_METRICS_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "query/claim_file.h"
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
void RegisterEventMetrics(MetricRegistry& registry);

// Parameter access for metric implementations (Validate has run).
std::optional<std::string> TextParam(const ClaimParams& p, const std::string& name);
std::optional<int64_t> IntParam(const ClaimParams& p, const std::string& name);
bool BoolParam(const ClaimParams& p, const std::string& name);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIM_METRICS_H_
