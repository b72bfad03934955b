// Checking a request's parameters against its route's.
#include "server/route_args.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/text.h"
#include "query/option_values.h"

namespace entente {

RouteParam TextParam(std::string name, std::string help, bool required) {
  RouteParam p(std::move(name), ParamKind::kText, std::move(help));
  p.required = required;
  return p;
}
RouteParam FilterParam(std::string name, std::string help) {
  return RouteParam(std::move(name), ParamKind::kFilter, std::move(help));
}
RouteParam NumberParam(std::string name, std::string help, uint64_t min, uint64_t max, std::string what) {
  RouteParam p(std::move(name), ParamKind::kNumber, std::move(help));
  p.min = min;
  p.max = max;
  p.what = std::move(what);
  return p;
}
RouteParam YearParam(std::string name, std::string help, uint64_t min, uint64_t max) {
  return NumberParam(std::move(name), std::move(help), min, max, "a year");
}
RouteParam CountParam(std::string name, std::string help) {
  return NumberParam(std::move(name), std::move(help), 0, kMaxCount, "a count");
}
RouteParam ChoiceParam(std::string name, std::string help, std::vector<std::string> choices) {
  RouteParam p(std::move(name), ParamKind::kChoice, std::move(help));
  p.choices = std::move(choices);
  return p;
}
RouteParam ListParam(std::string name, std::string help, bool required) {
  RouteParam p(std::move(name), ParamKind::kList, std::move(help));
  p.required = required;
  return p;
}
RouteParam RepeatedParam(std::string name, std::string help) {
  return RouteParam(std::move(name), ParamKind::kRepeated, std::move(help));
}
RouteParam FlagParam(std::string name, std::string help) {
  return RouteParam(std::move(name), ParamKind::kFlag, std::move(help));
}

namespace {

Status CheckValue(const RouteParam& spec, std::string& value) {
  switch (spec.kind) {
    case ParamKind::kText:
    case ParamKind::kList: return Status::Ok();
    case ParamKind::kFilter:
    case ParamKind::kRepeated: return CheckNonEmptyText(value);
    case ParamKind::kNumber: return ParseDecimal(value, spec.min, spec.max, spec.what).status();
    case ParamKind::kChoice: {
      std::string lower = ToLower(value);
      if (std::find(spec.choices.begin(), spec.choices.end(), lower) == spec.choices.end()) {
        return Status::Usage(fmt::format("expected one of {}, got \"{}\"", fmt::join(spec.choices, ", "), value));
      }
      value = lower;
      return Status::Ok();
    }
    case ParamKind::kFlag:
      if (value.empty() || value == "1" || value == "true") {
        value.assign(1, '1');
      } else if (value == "0" || value == "false") {
        value.assign(1, '0');
      } else {
        return Status::Usage(fmt::format("expected true or false (or 1 or 0), got \"{}\"", value));
      }
      return Status::Ok();
  }
  return Status::Ok();
}

}  // namespace

Result<RouteArgs> RouteArgs::Check(const std::vector<RouteParam>& specs,
                                   const std::vector<std::pair<std::string, std::string>>& given) {
  RouteArgs args;
  for (const auto& given_pair : given) {
    const std::string& name = given_pair.first;
    const std::string& raw = given_pair.second;
    auto spec = std::find_if(specs.begin(), specs.end(), [&](const RouteParam& s) { return s.name == name; });
    if (spec == specs.end()) {
      std::vector<std::string> names;
      for (const RouteParam& s : specs) {
        if (!s.in_path) names.push_back(s.name);
      }
      return Status::Usage(fmt::format("unknown parameter \"{}\"; this route takes {}", name,
                                       names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "))));
    }
    std::vector<std::string>& values = args.values_[name];
    const bool repeats = spec->kind == ParamKind::kList || spec->kind == ParamKind::kRepeated;
    if (!values.empty() && !repeats) {
      return Status::Usage(fmt::format("{}: given more than once; give it once", name));
    }
    std::string value = raw;
    Status st = CheckValue(*spec, value);
    if (!st.ok()) return Status::Usage(fmt::format("{}: {}", name, st.message()));
    if (spec->kind != ParamKind::kList) {
      values.push_back(std::move(value));
      continue;
    }
    size_t start = 0;
    while (true) {
      size_t comma = value.find(',', start);
      values.push_back(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  for (const RouteParam& s : specs) {
    if (s.required && !args.Has(s.name)) return Status::Usage(fmt::format("{}: required ({})", s.name, s.help));
  }
  return args;
}

std::string RouteArgs::Text(std::string_view name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::string() : it->second.front();
}

std::optional<std::string> RouteArgs::OptionalText(std::string_view name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second.front();
}

std::optional<int> RouteArgs::Number(std::string_view name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return static_cast<int>(std::stoull(it->second.front()));
}

std::optional<uint64_t> RouteArgs::Unsigned(std::string_view name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return std::stoull(it->second.front());
}

int RouteArgs::NumberOr(std::string_view name, int fallback) const { return Number(name).value_or(fallback); }

bool RouteArgs::Flag(std::string_view name) const {
  auto it = values_.find(name);
  return it != values_.end() && it->second.front() == "1";
}

std::vector<std::string> RouteArgs::List(std::string_view name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace entente
