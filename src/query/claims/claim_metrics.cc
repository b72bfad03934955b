// The metric registry and parameter checks.
#include "query/claims/claim_metrics.h"

#include <fmt/format.h>

#include "core/number_format.h"

namespace entente {

const MetricRegistry& MetricRegistry::Default() {
  static const MetricRegistry* registry = [] {
    auto* r = new MetricRegistry();
    RegisterVoteMetrics(*r);
    RegisterArmsMetrics(*r);
    RegisterPowerMetrics(*r);
    RegisterVetoMetrics(*r);
    RegisterNuclearMetrics(*r);
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

namespace entente {

Result<Measurement> MeasureFromAnswer(const Result<Answer>& result, const AnswerPick& pick, std::string definition) {
  const Result<Answer> answer = NoRowsAsNotFound(result);
  Measurement m;
  m.definition = std::move(definition);
  if (!answer.ok()) {
    const Status& st = answer.status();
    if (st.code() == Status::Code::kNotFound) {
      m.basis = st.message();
      if (pick.zero_when_absent) {
        m.value = 0;
      } else {
        m.not_checkable = st.message();
      }
      return m;
    }
    const std::string& msg = st.message();
    if (st.code() == Status::Code::kUsage &&
        (msg.find("outside") != std::string::npos || msg.find("coverage") != std::string::npos ||
         msg.find("ends in") != std::string::npos)) {
      m.not_checkable = msg;
      return m;
    }
    return st;
  }
  const Answer& a = *answer;
  m.datasets = a.datasets;
  for (const Fact& f : a.facts) {
    if (f.key == "period" || f.key == "measure" || f.key == "units") {
      m.basis += (m.basis.empty() ? "" : "; ") + f.key + ": " + f.text;
    }
  }
  const Section* section = nullptr;
  for (const auto& s : a.sections) {
    if (s.name == pick.section) section = &s;
  }
  if (section == nullptr) return Status::Runtime(fmt::format("answer of {} has no section {}", a.command, pick.section));
  const Table& t = section->table;
  auto column = [&](const std::string& name) -> std::optional<size_t> {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (t.columns[i].name == name) return i;
    }
    return std::nullopt;
  };
  std::optional<size_t> col = column(pick.column);
  if (!col) return Status::Runtime(fmt::format("section {} of {} has no column {}", pick.section, a.command, pick.column));
  std::optional<double> total;
  for (const auto& row : t.rows) {
    bool ok = true;
    for (const auto& [name, value] : pick.match) {
      std::optional<size_t> c = column(name);
      if (!c || CellText(row[*c]) != value) ok = false;
    }
    if (!ok) continue;
    const Cell& cell = row[*col];
    std::optional<double> v;
    if (cell.index() == 1) v = static_cast<double>(std::get<int64_t>(cell));
    if (cell.index() == 2) v = std::get<double>(cell);
    if (!pick.sum_rows) {
      if (v) {
        m.value = v;
      } else if (cell.index() == 3) {
        m.text = std::get<std::string>(cell);
      } else {
        m.not_checkable = fmt::format("{} is missing in the data", pick.column);
      }
      return m;
    }
    if (v) total = total.value_or(0) + *v;
  }
  if (pick.sum_rows && (total || pick.zero_when_absent)) {
    m.value = total.value_or(0);
    return m;
  }
  if (pick.zero_when_absent) {
    m.value = 0;
  } else {
    m.not_checkable = "no matching row in the answer";
  }
  return m;
}

}  // namespace entente
