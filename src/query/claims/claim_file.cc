// Reading claim files with toml++.
#include "query/claims/claim_file.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/number_format.h"
#include "data/toml_parse.h"

namespace entente {
namespace {

SourcePos Pos(const toml::source_region& r) {
  return SourcePos{static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}
SourcePos Pos(const toml::node& node) { return Pos(node.source()); }
SourcePos Pos(const toml::key& key) { return Pos(key.source()); }

// What a TOML value is, for "got ..." in messages.
std::string Got(const toml::node& n) {
  if (auto s = n.as_string()) return fmt::format("the string \"{}\"", s->get());
  if (auto i = n.as_integer()) return fmt::format("the number {}", i->get());
  if (auto d = n.as_floating_point()) return fmt::format("the number {}", FormatShortest(d->get()));
  if (auto b = n.as_boolean()) return b->get() ? "true" : "false";
  if (n.is_table()) return "a table";
  if (n.is_array()) return "a list";
  return "a date or time";
}

// One file's reading: the problems found so far and where they are.
struct Reader {
  const std::string& source;
  ClaimProblems& problems;
  std::string context;  // "claim \"id\": " inside a claim

  void Add(SourcePos at, const std::string& what) { problems.Add(source, at, context + what); }
  void Add(const toml::node& n, const std::string& what) { Add(Pos(n), what); }

  // Every key of `t` must be in `known`.
  void KnownKeys(const toml::table& t, const std::string& where, const std::vector<std::string>& known) {
    for (const auto& [key, v] : t) {
      std::string k(key.str());
      if (std::find(known.begin(), known.end(), k) != known.end()) continue;
      Add(Pos(key), fmt::format("unknown key \"{}\"{}; expected {}", k, where, fmt::format("{}", fmt::join(known, ", "))));
    }
  }

  // A finite number or nothing; a problem when it is something else.
  std::optional<double> Number(const toml::node& n, const std::string& name) {
    double d = 0;
    if (auto i = n.as_integer()) {
      d = static_cast<double>(i->get());
    } else if (auto f = n.as_floating_point()) {
      d = f->get();
    } else {
      Add(n, fmt::format("{}: expected a number, got {}", name, Got(n)));
      return std::nullopt;
    }
    if (!std::isfinite(d)) {
      Add(n, fmt::format("{}: expected a finite number, got {}", name, FormatShortest(d)));
      return std::nullopt;
    }
    return d;
  }

  ClaimParams Params(const toml::node& node, const std::string& name) {
    ClaimParams out;
    out.table_at = Pos(node);
    const toml::table* t = node.as_table();
    if (t == nullptr) {
      Add(node, fmt::format("{}: expected a table, e.g. {{ a = \"PAK\", b = \"CHN\" }}, got {}", name, Got(node)));
      return out;
    }
    for (const auto& [key, v] : *t) {
      std::string k(key.str());
      ParamValue value;
      if (auto i = v.as_integer()) {
        value = i->get();
      } else if (auto d = v.as_floating_point()) {
        if (!std::isfinite(d->get())) {
          Add(v, fmt::format("{}.{}: expected a finite number, got {}", name, k, FormatShortest(d->get())));
          continue;
        }
        value = d->get();
      } else if (auto s = v.as_string()) {
        value = s->get();
      } else if (auto b = v.as_boolean()) {
        value = b->get();
      } else if (auto a = v.as_array()) {
        // A list of states or codes is kept as comma-separated text.
        std::string joined;
        bool ok = true;
        for (const auto& e : *a) {
          auto s2 = e.value<std::string>();
          if (!s2) {
            Add(e, fmt::format("{}.{}: expected a list of strings, got {} in it", name, k, Got(e)));
            ok = false;
            break;
          }
          joined += (joined.empty() ? "" : ",") + *s2;
        }
        if (!ok) continue;
        value = joined;
      } else {
        Add(v, fmt::format("{}.{}: expected a string, number, boolean or list of strings, got {}", name, k, Got(v)));
        continue;
      }
      out.values[k] = value;
      out.at[k] = Pos(v);
    }
    return out;
  }

  std::optional<Expectation> Expect(const toml::node& node) {
    const toml::table* t = node.as_table();
    if (t == nullptr) {
      Add(node, fmt::format("expect: expected a table, e.g. {{ value = 0.9, tolerance = 0.03 }}, got {}", Got(node)));
      return std::nullopt;
    }
    const size_t before = problems.size();
    Expectation e;
    e.at = Pos(node);
    KnownKeys(*t, " in expect",
              {"value", "tolerance", "min", "max", "partly_min", "partly_max", "equals", "trend", "above", "below"});
    std::map<std::string, double> num;
    for (const char* k : {"value", "tolerance", "min", "max", "partly_min", "partly_max"}) {
      if (const toml::node* n = t->get(k)) {
        e.key_at[k] = Pos(*n);
        if (auto d = Number(*n, std::string("expect.") + k)) num[k] = *d;
      }
    }
    auto has = [&](const char* k) { return t->contains(k); };
    int kinds = 0;
    if (has("value")) {
      ++kinds;
      e.kind = Expectation::Kind::kValue;
      if (num.count("value")) e.value = num["value"];
      if (!has("tolerance")) {
        Add(node, "expect: a value needs a tolerance >= 0, e.g. { value = 0.9, tolerance = 0.03 }");
      } else if (num.count("tolerance")) {
        if (num["tolerance"] < 0) {
          Add(e.key_at["tolerance"], fmt::format("expect.tolerance: expected a number >= 0, got {}",
                                                 FormatShortest(num["tolerance"])));
        }
        e.tolerance = num["tolerance"];
      }
    } else if (has("tolerance")) {
      Add(e.key_at["tolerance"], "expect.tolerance: a tolerance goes with a value, e.g. { value = 0.9, tolerance = 0.03 }");
    }
    if (has("min") || has("max")) {
      ++kinds;
      e.kind = Expectation::Kind::kBounds;
      if (num.count("min")) e.min = num["min"];
      if (num.count("max")) e.max = num["max"];
      if (num.count("partly_min")) e.partly_min = num["partly_min"];
      if (num.count("partly_max")) e.partly_max = num["partly_max"];
      if (e.min && e.max && *e.min > *e.max) {
        Add(e.key_at["min"], fmt::format("expect: min = {} is above max = {}; give min <= max",
                                         FormatShortest(*e.min), FormatShortest(*e.max)));
      }
      for (const char* k : {"partly_min", "partly_max"}) {
        bool low = std::string(k) == "partly_min";
        std::optional<double> bound = low ? e.min : e.max;
        std::optional<double> partly = low ? e.partly_min : e.partly_max;
        if (!has(k)) continue;
        if (!has(low ? "min" : "max")) {
          Add(e.key_at[k], fmt::format("expect.{}: a partly bound goes with {}; {} widens it", k, low ? "min" : "max", k));
        } else if (bound && partly && (low ? *partly > *bound : *partly < *bound)) {
          Add(e.key_at[k], fmt::format("expect.{} = {} is {} {} = {}; the partly band must contain the band", k,
                                       FormatShortest(*partly), low ? "above" : "below", low ? "min" : "max",
                                       FormatShortest(*bound)));
        }
      }
    } else {
      for (const char* k : {"partly_min", "partly_max"}) {
        if (has(k)) Add(e.key_at[k], fmt::format("expect.{}: a partly bound goes with min or max", k));
      }
    }
    if (const toml::node* eq = t->get("equals")) {
      ++kinds;
      e.kind = Expectation::Kind::kEquals;
      e.key_at["equals"] = Pos(*eq);
      if (auto s = eq->value_exact<std::string>()) {
        e.equals = *s;
        e.equals_is_text = true;
      } else if (auto i = eq->value_exact<int64_t>()) {
        e.equals = std::to_string(*i);
      } else {
        Add(*eq, fmt::format("expect.equals: expected a string or an integer, got {}", Got(*eq)));
      }
    }
    if (const toml::node* tr = t->get("trend")) {
      ++kinds;
      e.kind = Expectation::Kind::kTrend;
      e.key_at["trend"] = Pos(*tr);
      auto s = tr->value_exact<std::string>();
      if (!s || (*s != "increasing" && *s != "decreasing")) {
        Add(*tr, fmt::format("expect.trend: expected \"increasing\" or \"decreasing\", got {}", Got(*tr)));
      } else {
        e.trend = *s;
      }
    }
    for (const char* k : {"above", "below"}) {
      const toml::node* other = t->get(k);
      if (other == nullptr) continue;
      ++kinds;
      e.kind = std::string(k) == "above" ? Expectation::Kind::kAbove : Expectation::Kind::kBelow;
      e.key_at[k] = Pos(*other);
      const toml::table* ot = other->as_table();
      const toml::node* metric = ot ? ot->get("metric") : nullptr;
      if (ot == nullptr || metric == nullptr || !metric->is_string()) {
        Add(*other, fmt::format("expect.{}: expected {{ metric = \"...\", params = {{ ... }} }}", k));
        continue;
      }
      KnownKeys(*ot, fmt::format(" in expect.{}", k), {"metric", "params"});
      e.other_metric = metric->value<std::string>().value_or("");
      e.other_metric_at = Pos(*metric);
      if (const toml::node* p = ot->get("params")) {
        e.other_params = Params(*p, fmt::format("expect.{}.params", k));
      } else {
        e.other_params.table_at = Pos(*other);
      }
    }
    if (kinds != 1) {
      Add(node, "expect: give exactly one of value+tolerance, min/max, equals, trend, above or below");
    }
    if (problems.size() != before) return std::nullopt;
    return e;
  }
};

}  // namespace

void ClaimProblems::Add(const std::string& source, SourcePos at, std::string what) {
  problems_.push_back(Problem{source, at, std::move(what)});
}

Status ClaimProblems::ToStatus() const {
  if (problems_.empty()) return Status::Ok();
  std::vector<Problem> sorted = problems_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.source, a.at.line, a.at.column) < std::tie(b.source, b.at.line, b.at.column);
  });
  std::string text;
  for (const Problem& p : sorted) {
    if (!text.empty()) text += "\n";
    text += fmt::format("{}:{}:{}: {}", p.source, p.at.line, p.at.column, p.what);
  }
  if (sorted.size() > 1) {
    text += fmt::format("\n{} problems in the claim file, no claim checked; the format is in docs/CLAIMS.md", sorted.size());
  }
  return Status::Usage(std::move(text));
}

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
  // The claim file is the user's input: bad TOML in it is a usage error like
  // every other mistake in it (the bundle's TOML stays a data error).
  if (!parsed.ok()) return Status::Usage(parsed.status().message());
  toml::table& doc = *parsed;
  ClaimFile file;
  file.source = source;
  ClaimProblems problems;
  Reader r{source, problems, ""};
  r.KnownKeys(doc, " at the top of the file", {"paper", "claim"});
  if (const toml::node* paper_node = doc.get("paper")) {
    const toml::table* paper = paper_node->as_table();
    if (paper == nullptr) {
      r.Add(*paper_node, fmt::format("paper: expected a [paper] table, got {}", Got(*paper_node)));
    } else {
      r.KnownKeys(*paper, " in [paper]", {"title", "author", "published"});
      for (auto [key, out] : {std::pair<const char*, std::string*>{"title", &file.title}, {"author", &file.author},
                              {"published", &file.published}}) {
        const toml::node* n = paper->get(key);
        if (n == nullptr) continue;
        if (auto s = n->value_exact<std::string>()) {
          *out = *s;
        } else {
          r.Add(*n, fmt::format("paper.{}: expected a string, got {}", key, Got(*n)));
        }
      }
    }
  }
  const toml::node* claims_node = doc.get("claim");
  const toml::array* claims = claims_node ? claims_node->as_array() : nullptr;
  if (claims_node != nullptr && claims == nullptr) {
    r.Add(*claims_node, "claim: expected [[claim]] tables");
  } else if (claims == nullptr || claims->empty()) {
    problems.Add(source, SourcePos{1, 1}, "no [[claim]] entries; docs/CLAIMS.md shows the format");
  }
  std::set<std::string> ids;
  static const toml::array kNone;
  for (const toml::node& node : claims ? *claims : kNone) {
    const toml::table* t = node.as_table();
    r.context.clear();
    if (t == nullptr) {
      r.Add(node, "expected a [[claim]] table");
      continue;
    }
    const size_t before = problems.size();
    Claim c;
    c.at = Pos(node);
    c.line = c.at.line;
    if (auto id = (*t)["id"].value_exact<std::string>(); id && !id->empty()) {
      c.id = *id;
      r.context = fmt::format("claim \"{}\": ", c.id);
    }
    r.KnownKeys(*t, "", {"id", "text", "where", "metric", "params", "expect", "show", "note"});
    for (auto [key, out] : {std::pair<const char*, std::string*>{"id", &c.id}, {"text", &c.text},
                            {"where", &c.where}, {"metric", &c.metric}}) {
      const toml::node* n = t->get(key);
      auto v = n ? n->value_exact<std::string>() : std::nullopt;
      if (!v || v->empty()) {
        std::string got = n == nullptr ? "" : fmt::format(", got {}", Got(*n));
        r.Add(n ? Pos(*n) : c.at, fmt::format("{}needs a non-empty string \"{}\"{}", r.context.empty() ? "claim " : "",
                                              key, got));
        continue;
      }
      *out = *v;
      if (std::string(key) == "metric") c.metric_at = Pos(*n);
    }
    if (!c.id.empty() && !ids.insert(c.id).second) r.Add(*t->get("id"), fmt::format("duplicate claim id \"{}\"", c.id));
    if (const toml::node* n = t->get("note")) {
      if (auto s = n->value_exact<std::string>()) {
        c.note = *s;
      } else {
        r.Add(*n, fmt::format("note: expected a string, got {}", Got(*n)));
      }
    }
    if (const toml::node* p = t->get("params")) {
      c.params = r.Params(*p, "params");
    } else {
      c.params.table_at = c.at;
    }
    if (const toml::node* expect = t->get("expect")) {
      if (std::optional<Expectation> e = r.Expect(*expect)) c.expect = *e;
    } else {
      r.Add(c.at, std::string(r.context.empty() ? "claim " : "") +
                      "needs an expect = { ... }, e.g. { value = 0.9, tolerance = 0.03 }");
    }
    if (const toml::node* show = t->get("show")) {
      const toml::array* a = show->as_array();
      if (a == nullptr) {
        r.Add(*show, fmt::format("show: expected a list of metric names, got {}", Got(*show)));
      } else {
        for (const auto& s : *a) {
          auto name = s.value_exact<std::string>();
          if (!name) {
            r.Add(s, fmt::format("show: expected a list of metric names, got {} in it", Got(s)));
            continue;
          }
          c.show.push_back(*name);
          c.show_at.push_back(Pos(s));
        }
      }
    }
    if (problems.size() == before) file.claims.push_back(std::move(c));
  }
  ENTENTE_RETURN_IF_ERROR(problems.ToStatus());
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
