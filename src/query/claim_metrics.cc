// The metric registry and parameter checks.
#include "query/claim_metrics.h"

#include <fmt/format.h>

namespace entente {

const MetricRegistry& MetricRegistry::Default() {
  static const MetricRegistry* registry = [] {
    auto* r = new MetricRegistry();
    RegisterVoteMetrics(*r);
    RegisterEventMetrics(*r);
    return r;
  }();
  return *registry;
}

const Metric* MetricRegistry::Find(const std::string& name) const {
  auto it = metrics_.find(name);
  return it == metrics_.end() ? nullptr : &it->second;
}

Status MetricRegistry::Validate(const Metric& metric, const ClaimParams& params, const std::string& source) const {
  for (const auto& [name, value] : params.values) {
    const ParamSpec* spec = nullptr;
    for (const auto& s : metric.params) {
      if (s.name == name) spec = &s;
    }
    int line = params.lines.count(name) ? params.lines.at(name) : 0;
    if (spec == nullptr) {
      std::vector<std::string> known;
      for (const auto& s : metric.params) known.push_back(s.name);
      return Status::Usage(fmt::format("{}:{}: metric {} has no parameter \"{}\"; it takes {}", source, line,
                                       metric.name, name, fmt::join(known, ", ")));
    }
    bool ok = true;
    if (spec->type == "year" || spec->type == "int") ok = value.index() == 0;
    if (spec->type == "number") ok = value.index() == 0 || value.index() == 1;
    if (spec->type == "state" || spec->type == "text" || spec->type == "states") ok = value.index() == 2;
    if (spec->type == "bool") ok = value.index() == 3;
    if (!ok) {
      return Status::Usage(fmt::format("{}:{}: parameter \"{}\" of {}: expected {}, got {}", source, line, name,
                                       metric.name, spec->type, ParamText(value)));
    }
  }
  for (const auto& s : metric.params) {
    if (s.required && !params.values.count(s.name)) {
      return Status::Usage(fmt::format("{}: metric {} needs parameter \"{}\" ({})", source, metric.name, s.name, s.help));
    }
  }
  return Status::Ok();
}

std::optional<std::string> TextParam(const ClaimParams& p, const std::string& name) {
  auto it = p.values.find(name);
  if (it == p.values.end() || it->second.index() != 2) return std::nullopt;
  return std::get<std::string>(it->second);
}

std::optional<int64_t> IntParam(const ClaimParams& p, const std::string& name) {
  auto it = p.values.find(name);
  if (it == p.values.end() || it->second.index() != 0) return std::nullopt;
  return std::get<int64_t>(it->second);
}

bool BoolParam(const ClaimParams& p, const std::string& name) {
  auto it = p.values.find(name);
  return it != p.values.end() && it->second.index() == 3 && std::get<bool>(it->second);
}

}  // namespace entente
