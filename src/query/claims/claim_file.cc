// Reading claim files with toml++.
#include "query/claims/claim_file.h"

#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/number_format.h"
#include "data/toml_parse.h"

namespace entente {
namespace {

Status At(const std::string& source, const toml::node& node, const std::string& what) {
  return Status::DataError(fmt::format("{}:{}:{}: {}", source, node.source().begin.line, node.source().begin.column, what));
}

Result<ClaimParams> ReadParams(const std::string& source, const toml::node& node) {
  const toml::table* t = node.as_table();
  if (t == nullptr) return At(source, node, "params: expected a table, e.g. { a = \"PAK\", b = \"CHN\" }");
  ClaimParams out;
  for (const auto& [key, v] : *t) {
    std::string k(key.str());
    ParamValue value;
    if (auto i = v.as_integer()) {
      value = i->get();
    } else if (auto d = v.as_floating_point()) {
      value = d->get();
    } else if (auto s = v.as_string()) {
      value = s->get();
    } else if (auto b = v.as_boolean()) {
      value = b->get();
    } else if (auto a = v.as_array()) {
      // A list of states or codes is kept as comma-separated text.
      std::string joined;
      for (const auto& e : *a) {
        auto s2 = e.value<std::string>();
        if (!s2) return At(source, e, fmt::format("params.{}: expected a list of strings", k));
        joined += (joined.empty() ? "" : ",") + *s2;
      }
      value = joined;
    } else {
      return At(source, v, fmt::format("params.{}: expected a string, number, boolean or list of strings", k));
    }
    out.values[k] = value;
    out.lines[k] = static_cast<int>(v.source().begin.line);
  }
  return out;
}

Result<Expectation> ReadExpectation(const std::string& source, const toml::node& node) {
  const toml::table* t = node.as_table();
  if (t == nullptr) return At(source, node, "expect: expected a table, e.g. { value = 0.9, tolerance = 0.03 }");
  Expectation e;
  int kinds = 0;
  auto number = [&](const char* key) -> std::optional<double> {
    const toml::node* n = t->get(key);
    if (n == nullptr) return std::nullopt;
    if (auto i = n->as_integer()) return static_cast<double>(i->get());
    if (auto d = n->as_floating_point()) return d->get();
    return std::nullopt;
  };
  for (const auto& [key, v] : *t) {
    std::string k(key.str());
    static const std::set<std::string> kKnown = {"value", "tolerance", "min", "max", "partly_min", "partly_max",
                                                 "equals", "trend", "above", "below"};
    if (!kKnown.count(k)) {
      return At(source, v, fmt::format("expect: unknown key \"{}\"; expected value+tolerance, min/max, equals, "
                                       "trend, above or below", k));
    }
    if ((k == "value" || k == "tolerance" || k == "min" || k == "max" || k == "partly_min" || k == "partly_max") &&
        !v.is_number()) {
      return At(source, v, fmt::format("expect.{}: expected a number", k));
    }
  }
  if (t->contains("value")) {
    ++kinds;
    e.kind = Expectation::Kind::kValue;
    e.value = *number("value");
    auto tol = number("tolerance");
    if (!tol || *tol < 0) return At(source, node, "expect: a value needs a tolerance >= 0, e.g. tolerance = 0.03");
    e.tolerance = *tol;
  }
  if (t->contains("min") || t->contains("max")) {
    ++kinds;
    e.kind = Expectation::Kind::kBounds;
    e.min = number("min");
    e.max = number("max");
    e.partly_min = number("partly_min");
    e.partly_max = number("partly_max");
  }
  if (const toml::node* eq = t->get("equals")) {
    ++kinds;
    e.kind = Expectation::Kind::kEquals;
    if (auto s = eq->value<std::string>()) {
      e.equals = *s;
    } else if (auto i = eq->value<int64_t>()) {
      e.equals = std::to_string(*i);
    } else {
      return At(source, *eq, "expect.equals: expected a string or an integer");
    }
  }
  if (const toml::node* tr = t->get("trend")) {
    ++kinds;
    e.kind = Expectation::Kind::kTrend;
    auto s = tr->value<std::string>();
    if (!s || (*s != "increasing" && *s != "decreasing")) {
      return At(source, *tr, "expect.trend: expected \"increasing\" or \"decreasing\"");
    }
    e.trend = *s;
  }
  for (const char* k : {"above", "below"}) {
    if (const toml::node* other = t->get(k)) {
      ++kinds;
      e.kind = std::string(k) == "above" ? Expectation::Kind::kAbove : Expectation::Kind::kBelow;
      const toml::table* ot = other->as_table();
      auto metric = ot ? ot->get("metric") : nullptr;
      if (ot == nullptr || metric == nullptr || !metric->is_string()) {
        return At(source, *other, fmt::format("expect.{}: expected {{ metric = \"...\", params = {{ ... }} }}", k));
      }
      e.other_metric = metric->value<std::string>().value_or("");
      if (const toml::node* p = ot->get("params")) {
        Result<ClaimParams> params = ReadParams(source, *p);
        if (!params.ok()) return params.status();
        e.other_params = *params;
      }
    }
  }
  if (kinds != 1) {
    return At(source, node, "expect: give exactly one of value+tolerance, min/max, equals, trend, above or below");
  }
  return e;
}

}  // namespace

std::string ParamText(const ParamValue& v) {
  switch (v.index()) {
    case 0: return std::to_string(std::get<int64_t>(v));
    case 1: return FormatShortest(std::get<double>(v));
    case 2: return std::get<std::string>(v);
    default: return std::get<bool>(v) ? "true" : "false";
  }
}

Result<ClaimFile> ParseClaimFile(std::string_view text, const std::string& source) {
  Result<toml::table> parsed = ParseToml(text, source);
  if (!parsed.ok()) return parsed.status();
  toml::table& doc = *parsed;
  ClaimFile file;
  file.source = source;
  if (const toml::table* paper = doc["paper"].as_table()) {
    file.title = (*paper)["title"].value_or<std::string>("");
    file.author = (*paper)["author"].value_or<std::string>("");
    file.published = (*paper)["published"].value_or<std::string>("");
  }
  const toml::array* claims = doc["claim"].as_array();
  if (claims == nullptr || claims->empty()) return Status::DataError(source + ":1:1: no [[claim]] entries");
  std::set<std::string> ids;
  for (const toml::node& node : *claims) {
    const toml::table* t = node.as_table();
    if (t == nullptr) return At(source, node, "expected a [[claim]] table");
    Claim c;
    c.line = static_cast<int>(node.source().begin.line);
    for (auto [key, out] : {std::pair<const char*, std::string*>{"id", &c.id}, {"text", &c.text},
                            {"where", &c.where}, {"metric", &c.metric}}) {
      auto v = (*t)[key].value<std::string>();
      if (!v || v->empty()) return At(source, node, fmt::format("claim needs a non-empty string \"{}\"", key));
      *out = *v;
    }
    if (!ids.insert(c.id).second) return At(source, *t->get("id"), fmt::format("duplicate claim id \"{}\"", c.id));
    c.note = (*t)["note"].value_or<std::string>("");
    if (const toml::node* p = t->get("params")) {
      Result<ClaimParams> params = ReadParams(source, *p);
      if (!params.ok()) return params.status();
      c.params = *params;
    }
    const toml::node* expect = t->get("expect");
    if (expect == nullptr) return At(source, node, fmt::format("claim \"{}\" needs an expect = {{ ... }}", c.id));
    Result<Expectation> e = ReadExpectation(source, *expect);
    if (!e.ok()) return e.status();
    c.expect = *e;
    if (const toml::node* show = t->get("show")) {
      const toml::array* a = show->as_array();
      if (a == nullptr) return At(source, *show, "show: expected a list of metric names");
      for (const auto& s : *a) {
        auto name = s.value<std::string>();
        if (!name) return At(source, s, "show: expected a list of metric names");
        c.show.push_back(*name);
      }
    }
    file.claims.push_back(std::move(c));
  }
  return file;
}

Result<ClaimFile> LoadClaimFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Usage(fmt::format("cannot read claim file {}", path));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseClaimFile(text.str(), path);
}

}  // namespace entente
