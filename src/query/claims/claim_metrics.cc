// The metric registry and parameter checks.
#include "query/claims/claim_metrics.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/number_format.h"
#include "core/text.h"
#include "data/manifest.h"

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

namespace {

std::string Lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// What a parameter of this type is, for "expected ...".
std::string TypeWords(const std::string& type) {
  if (type == "year") return "a year, a whole number such as 1971";
  if (type == "int") return "a whole number";
  if (type == "number") return "a number";
  if (type == "state") return "a state in quotes, e.g. \"PAK\", \"Pakistan\" or \"770\"";
  if (type == "states") return "a list of states, e.g. [\"PAK\", \"CHN\"]";
  if (type == "bool") return "true or false";
  return "text in quotes";
}

std::string GotWords(const ParamValue& v) {
  switch (v.index()) {
    case 0:
    case 1: return "the number " + ParamText(v);
    case 2: return fmt::format("the string \"{}\"", std::get<std::string>(v));
    default: return ParamText(v);
  }
}

// How to write the value as the type wants it, when that is plain.
std::string HowToWrite(const std::string& name, const std::string& type, const ParamValue& v) {
  if (type == "year" || type == "int" || type == "number") {
    if (v.index() == 2) {
      long long n = 0;
      double d = 0;
      const std::string& s = std::get<std::string>(v);
      if (ParseInt64(s, &n)) return fmt::format("; write {} = {} (a number, without quotes)", name, n);
      if (type == "number" && ParseDouble(s, &d)) return fmt::format("; write {} = {} (a number, without quotes)", name, s);
    }
    if (v.index() == 1 && type != "number") {
      double d = std::get<double>(v);
      if (d == std::floor(d) && std::fabs(d) < 1e9) return fmt::format("; write {} = {}", name, static_cast<int64_t>(d));
    }
    return "";
  }
  if (type == "bool") {
    if (v.index() == 2 && (std::get<std::string>(v) == "true" || std::get<std::string>(v) == "false")) {
      return fmt::format("; write {} = {} (without quotes)", name, std::get<std::string>(v));
    }
    return "";
  }
  if (v.index() == 0 || v.index() == 1) return fmt::format("; write {} = \"{}\" (in quotes)", name, ParamText(v));
  return "";
}

}  // namespace

std::optional<std::string> MetricRegistry::Nearest(const std::string& name) const {
  std::optional<std::string> best;
  size_t best_d = 0;
  for (const auto& [n, m] : metrics_) {
    size_t d = EditDistance(Lower(name), Lower(n));
    if (!best || d < best_d) {
      best = n;
      best_d = d;
    }
  }
  if (best && best_d <= std::max<size_t>(2, name.size() / 3)) return best;
  return std::nullopt;
}

std::string UnknownValue(const std::string& what, const std::string& value, const std::vector<std::string>& valid) {
  std::optional<std::string> nearest;
  size_t best = 0;
  for (const std::string& v : valid) {
    if (Lower(v) == Lower(value)) {
      nearest = v;
      break;
    }
    size_t d = EditDistance(Lower(value), Lower(v));
    if (!nearest || d < best) {
      nearest = v;
      best = d;
    }
  }
  std::string text = fmt::format("{} \"{}\" is not in the data", what, value);
  bool suggested = false;
  // Near: the same but for case, a few edits for its length, or the same
  // first four characters ("ACP-9999", "ACP-1000").
  if (nearest && (Lower(*nearest) == Lower(value) || best <= std::max<size_t>(1, value.size() / 3) ||
                  (value.size() >= 4 && Lower(*nearest).rfind(Lower(value.substr(0, 4)), 0) == 0))) {
    text += fmt::format("; did you mean \"{}\"?", *nearest);
    suggested = true;
  }
  if (valid.size() <= 30) {
    text += fmt::format("{}has {}", suggested ? " It " : "; it ", fmt::join(valid, ", "));
  } else if (suggested) {
    text += fmt::format(" ({} values in the data)", valid.size());
  } else {
    // Values that contain the text first, then by edit distance.
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const std::string& v : valid) {
      bool contains = !value.empty() && Lower(v).find(Lower(value)) != std::string::npos;
      ranked.emplace_back(contains ? 0 : 1 + EditDistance(Lower(value), Lower(v)), v);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> closest;
    for (size_t i = 0; i < ranked.size() && i < 5; ++i) closest.push_back(ranked[i].second);
    text += fmt::format("; the closest of its {} are {}", valid.size(), fmt::join(closest, ", "));
  }
  return text;
}

void MetricRegistry::Validate(const Metric& metric, const ClaimParams& params, const std::string& source,
                              const std::string& context, ClaimProblems* problems) const {
  auto add = [&](SourcePos at, const std::string& what) { problems->Add(source, at, context + what); };
  auto at = [&](const std::string& name) { return params.at.count(name) ? params.at.at(name) : params.table_at; };
  for (const auto& [name, value] : params.values) {
    const ParamSpec* spec = nullptr;
    for (const auto& s : metric.params) {
      if (s.name == name) spec = &s;
    }
    if (spec == nullptr) {
      std::vector<std::string> known;
      for (const auto& s : metric.params) known.push_back(s.name);
      add(at(name), fmt::format("metric {} has no parameter \"{}\"; it takes {}", metric.name, name,
                                known.empty() ? std::string("none") : fmt::format("{}", fmt::join(known, ", "))));
      continue;
    }
    bool ok = true;
    if (spec->type == "year" || spec->type == "int") ok = value.index() == 0;
    if (spec->type == "number") ok = value.index() == 0 || value.index() == 1;
    if (spec->type == "state" || spec->type == "text" || spec->type == "states") ok = value.index() == 2;
    if (spec->type == "bool") ok = value.index() == 3;
    if (!ok) {
      add(at(name), fmt::format("parameter \"{}\" of {}: expected {}, got {}{}", name, metric.name,
                                TypeWords(spec->type), GotWords(value), HowToWrite(name, spec->type, value)));
      continue;
    }
    if (spec->type == "year") {
      int64_t y = std::get<int64_t>(value);
      if (y < kFirstClaimYear || y > kLastClaimYear) {
        std::string coverage;
        if (const DatasetInfo* d = metric.dataset.empty() ? nullptr : Manifest::Bundle().Find(metric.dataset)) {
          if (d->years) coverage = fmt::format(" (coverage of {}: {}-{})", d->title, d->years->from, d->years->to);
        }
        add(at(name), fmt::format("parameter \"{}\" of {}: expected a year from {} to {}, got {}{}", name, metric.name,
                                  kFirstClaimYear, kLastClaimYear, y, coverage));
      }
    }
    if (spec->type == "state" && std::get<std::string>(value).empty()) {
      add(at(name), fmt::format("parameter \"{}\" of {}: expected {}, got an empty string", name, metric.name,
                                TypeWords(spec->type)));
    }
    if (!spec->choices.empty() && value.index() == 2 &&
        std::find(spec->choices.begin(), spec->choices.end(), std::get<std::string>(value)) == spec->choices.end()) {
      std::vector<std::string> quoted;
      for (const auto& c : spec->choices) quoted.push_back("\"" + c + "\"");
      add(at(name), fmt::format("parameter \"{}\" of {}: expected {}{}, got {}", name, metric.name,
                                quoted.size() > 1 ? "one of " : "", fmt::join(quoted, ", "), GotWords(value)));
    }
  }
  auto from = IntParam(params, "from");
  auto to = IntParam(params, "to");
  if (from && to && *from > *to) {
    add(at("from"), fmt::format("from = {} is after to = {}; give from <= to", *from, *to));
  }
  for (const auto& s : metric.params) {
    if (s.required && !params.values.count(s.name)) {
      add(params.table_at, fmt::format("metric {} needs parameter \"{}\"{}", metric.name, s.name,
                                       s.help.empty() ? "" : " (" + s.help + ")"));
    }
  }
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
