// Evaluating expectations: measuring, finding the evidence and judging.
#include "query/claims/claim_check.h"

#include <cmath>

#include <fmt/format.h>

#include "core/number_format.h"
#include "query/claims/claim_evidence.h"
#include "query/claims/claim_rules.h"

namespace entente {
namespace {

std::string Num(double v) { return FormatShortest(v); }

Status ClaimError(const ClaimFile& file, const Claim& c, const Status& st) {
  if (st.code() == Status::Code::kDataError || st.code() == Status::Code::kIoError) return st;
  return Status::Usage(fmt::format("{}:{}:{}: claim \"{}\": {}", file.source, c.at.line, c.at.column, c.id, st.message()));
}

Result<Measurement> Measure(Workspace& ws, const ClaimFile& file, const Claim& c, const MetricRegistry& registry,
                            const std::string& metric_name, const ClaimParams& params) {
  const Metric* metric = registry.Find(metric_name);
  // ValidateClaims has seen every name; a registry without it is a bug.
  if (metric == nullptr) return Status::Runtime(fmt::format("claim \"{}\": metric {} vanished", c.id, metric_name));
  Result<Measurement> m = metric->measure(ws, params);
  if (!m.ok()) return ClaimError(file, c, m.status());
  return m;
}

// The claim's parameters as the metric and the data see them: the registry's
// checks, then states through the country registry and the metric's own
// check of closed sets. A data error (the bundle cannot be read) is returned.
Status ValidateParams(Workspace& ws, const ClaimFile& file, const MetricRegistry& registry, const Metric& metric,
                      const ClaimParams& params, const std::string& context, ClaimProblems* problems) {
  const size_t before = problems->size();
  registry.Validate(metric, params, file.source, context, problems);
  if (problems->size() != before) return Status::Ok();
  auto at = [&](const std::string& name) { return params.at.count(name) ? params.at.at(name) : params.table_at; };
  for (const ParamSpec& spec : metric.params) {
    if (spec.type != "state") continue;
    std::optional<std::string> state = TextParam(params, spec.name);
    if (!state) continue;
    Result<const Country*> c = ws.ResolveCountry(*state);
    if (c.ok()) continue;
    if (c.status().code() != Status::Code::kUsage && c.status().code() != Status::Code::kNotFound) return c.status();
    problems->Add(file.source, at(spec.name), fmt::format("{}parameter \"{}\" of {}: {}", context, spec.name, metric.name,
                                                          c.status().message()));
  }
  if (problems->size() != before || !metric.check) return Status::Ok();
  std::vector<ParamProblem> found;
  ENTENTE_RETURN_IF_ERROR(metric.check(ws, params, &found));
  for (const ParamProblem& p : found) {
    problems->Add(file.source, at(p.param),
                  fmt::format("{}parameter \"{}\" of {}: {}", context, p.param, metric.name, p.what));
  }
  return Status::Ok();
}

bool ByYear(const ClaimParams& p) { return TextParam(p, "by") == std::optional<std::string>("year"); }

// How the expectation fits what the metric gives: a number or a text, a
// pooled value or a yearly series, a unit to compare with.
void ValidateExpectation(const ClaimFile& file, const Claim& c, const Metric& metric, const MetricRegistry& registry,
                         const std::string& context, ClaimProblems* problems) {
  using K = Expectation::Kind;
  const Expectation& e = c.expect;
  auto add = [&](SourcePos at, const std::string& what) { problems->Add(file.source, at, context + what); };
  auto key_at = [&](const char* k) { return e.key_at.count(k) ? e.key_at.at(k) : e.at; };
  const bool yearly = metric.yearly && ByYear(c.params);
  if (metric.text_result && e.kind != K::kEquals) {
    add(e.at, fmt::format("expect: {} gives a text ({}), not a number; write expect = {{ equals = \"...\" }}", metric.name,
                          metric.unit));
    return;
  }
  if (!metric.text_result && e.kind == K::kEquals && e.equals_is_text) {
    add(key_at("equals"), fmt::format("expect.equals: {} gives a number, {}, not a text like \"{}\"; write "
                                      "{{ value = V, tolerance = T }} or {{ min = A, max = B }}",
                                      metric.name, metric.unit, e.equals));
  }
  if (e.kind == K::kTrend) {
    if (!metric.yearly) {
      add(key_at("trend"), fmt::format("expect.trend: {} gives no yearly series; a trend takes a votes.* metric with "
                                       "by = \"year\" in params",
                                       metric.name));
    } else if (!yearly) {
      add(key_at("trend"), fmt::format("expect.trend: a trend needs a yearly series; add by = \"year\" to params, "
                                       "e.g. params = {{ a = \"IND\", b = \"USA\", from = 2005, to = 2019, by = \"year\" }}"));
    }
  } else if (yearly) {
    add(c.params.at.at("by"), "params.by = \"year\" gives a yearly series, which only expect = { trend = ... } judges; "
                              "leave out by for the pooled value");
  }
  if (e.kind == K::kAbove || e.kind == K::kBelow) {
    const char* side = e.kind == K::kAbove ? "above" : "below";
    const Metric* other = registry.Find(e.other_metric);
    if (other == nullptr) return;  // reported with the parameters
    if (other->text_result) {
      add(e.other_metric_at, fmt::format("expect.{}: {} gives a text ({}); {} compares numbers", side, other->name,
                                         other->unit, side));
    } else if (other->unit != metric.unit) {
      add(e.other_metric_at, fmt::format("expect.{}: {} is measured in \"{}\" and {} in \"{}\"; a comparison needs "
                                         "two metrics of the same unit",
                                         side, metric.name, metric.unit, other->name, other->unit));
    }
    if (other->yearly && ByYear(e.other_params)) {
      add(e.other_params.at.at("by"), fmt::format("expect.{}.params.by = \"year\": a comparison needs a pooled value; "
                                                  "leave out by",
                                                  side));
    }
  }
}

std::string UnknownMetric(const MetricRegistry& registry, const std::string& name) {
  std::optional<std::string> near = registry.Nearest(name);
  return fmt::format("unknown metric \"{}\"{} (`entente check --metrics` lists them)", name,
                     near ? fmt::format("; did you mean \"{}\"?", *near) : "");
}

std::string ExpectedText(const Expectation& e) {
  using K = Expectation::Kind;
  switch (e.kind) {
    case K::kValue: return fmt::format("{} ± {}", Num(e.value), Num(e.tolerance));
    case K::kBounds:
      return e.min && e.max ? fmt::format("between {} and {}", Num(*e.min), Num(*e.max))
             : e.min        ? fmt::format("at least {}", Num(*e.min))
                            : fmt::format("at most {}", Num(*e.max));
    case K::kEquals: return e.equals;
    case K::kTrend: return e.trend;
    case K::kAbove: return fmt::format("above {}", e.other_metric);
    case K::kBelow: return fmt::format("below {}", e.other_metric);
  }
  return "";
}

Judgement NotCheckable(std::string reason) {
  Judgement j;
  j.reason = std::move(reason);
  return j;
}

// A value against a tolerance or bounds.
Judgement JudgeValue(const Claim& c, const Measurement& m, const std::string& expected) {
  if (!m.value) return NotCheckable("the metric gives no number here");
  const Expectation& e = c.expect;
  Evidence evidence = ValueEvidence(c.metric, m);
  if (e.kind == Expectation::Kind::kValue) {
    return JudgeBand(*m.value, evidence, Band{e.value - e.tolerance, e.value + e.tolerance},
                     Band{e.value - 2 * e.tolerance, e.value + 2 * e.tolerance}, expected, e.value);
  }
  std::optional<Band> partly;
  if (e.partly_min || e.partly_max) partly = Band{e.partly_min, e.partly_max};
  return JudgeBand(*m.value, evidence, Band{e.min, e.max}, partly, expected);
}

}  // namespace

std::string ShowMeasurement(const Measurement& m) {
  if (!m.not_checkable.empty()) return "-";
  if (!m.text.empty()) return m.text;
  if (m.value) return ShowNumber(*m.value);
  if (!m.series.empty()) {
    return fmt::format("{}: {} ... {}: {} ({} years)", m.series.front().first, FormatFixed(m.series.front().second, 4),
                       m.series.back().first, FormatFixed(m.series.back().second, 4), m.series.size());
  }
  return "-";
}

Status ValidateClaims(Workspace& ws, const ClaimFile& file, const MetricRegistry& registry) {
  ClaimProblems problems;
  for (const Claim& c : file.claims) {
    const std::string context = fmt::format("claim \"{}\": ", c.id);
    const Metric* metric = registry.Find(c.metric);
    if (metric == nullptr) {
      problems.Add(file.source, c.metric_at, context + UnknownMetric(registry, c.metric));
    } else {
      const size_t before = problems.size();
      ENTENTE_RETURN_IF_ERROR(ValidateParams(ws, file, registry, *metric, c.params, context, &problems));
      ValidateExpectation(file, c, *metric, registry, context, &problems);
      for (size_t i = 0; i < c.show.size() && problems.size() == before; ++i) {
        SourcePos at = i < c.show_at.size() ? c.show_at[i] : c.at;
        const Metric* shown = registry.Find(c.show[i]);
        if (shown == nullptr) {
          problems.Add(file.source, at, context + "show: " + UnknownMetric(registry, c.show[i]));
          continue;
        }
        ENTENTE_RETURN_IF_ERROR(ValidateParams(ws, file, registry, *shown, c.params,
                                               fmt::format("{}show {}: ", context, shown->name), &problems));
      }
    }
    if (c.expect.kind == Expectation::Kind::kAbove || c.expect.kind == Expectation::Kind::kBelow) {
      const char* side = c.expect.kind == Expectation::Kind::kAbove ? "above" : "below";
      const Metric* other = registry.Find(c.expect.other_metric);
      if (other == nullptr) {
        problems.Add(file.source, c.expect.other_metric_at,
                     fmt::format("{}expect.{}: {}", context, side, UnknownMetric(registry, c.expect.other_metric)));
      } else {
        ENTENTE_RETURN_IF_ERROR(ValidateParams(ws, file, registry, *other, c.expect.other_params,
                                               fmt::format("{}expect.{}: ", context, side), &problems));
      }
    }
  }
  return problems.ToStatus();
}

Result<std::vector<ClaimResult>> CheckClaims(Workspace& ws, const ClaimFile& file, const MetricRegistry& registry) {
  // Nothing is measured from a file with a mistake in it.
  ENTENTE_RETURN_IF_ERROR(ValidateClaims(ws, file, registry));
  std::vector<ClaimResult> out;
  for (const Claim& c : file.claims) {
    ClaimResult r;
    r.claim = &c;
    Result<Measurement> m = Measure(ws, file, c, registry, c.metric, c.params);
    if (!m.ok()) return m.status();
    r.measured = *m;
    const Expectation& e = c.expect;
    const Measurement& mv = r.measured;
    using K = Expectation::Kind;
    r.expected = ExpectedText(e);
    Judgement j;
    if (!mv.not_checkable.empty()) {
      j = NotCheckable(mv.not_checkable);
    } else if (e.kind == K::kValue || e.kind == K::kBounds) {
      j = JudgeValue(c, mv, r.expected);
    } else if (e.kind == K::kEquals) {
      std::string got = !mv.text.empty() ? mv.text : mv.value ? Num(*mv.value) : "";
      j.verdict = got == e.equals ? Verdict::kSupported : Verdict::kNotSupported;
      j.reason = fmt::format("measured {}, claimed {} (exact)", got.empty() ? "nothing" : got, e.equals);
      j.evidence = ValueEvidence(c.metric, mv);
    } else if (e.kind == K::kTrend) {
      j = JudgeTrend(mv.series, e.trend == "increasing");
    } else {
      Result<Measurement> other = Measure(ws, file, c, registry, e.other_metric, e.other_params);
      if (!other.ok()) return other.status();
      if (!other->not_checkable.empty() || !other->value || !mv.value) {
        j = NotCheckable(other->not_checkable.empty() ? "one side has no number" : other->not_checkable);
      } else {
        Evidence d = DifferenceEvidence(c.metric, mv, e.other_metric, *other);
        j = JudgeDifference(d, e.kind == K::kAbove,
                            fmt::format("measured {} against {} ({})", ShowMeasurement(mv), ShowMeasurement(*other),
                                        other->basis));
        for (const auto& ds : other->datasets) r.measured.datasets.push_back(ds);
      }
    }
    r.verdict = j.verdict;
    r.reason = std::move(j.reason);
    r.evidence = std::move(j.evidence);
    for (const std::string& s : c.show) {
      Result<Measurement> extra = Measure(ws, file, c, registry, s, c.params);
      if (!extra.ok()) return extra.status();
      r.shown.emplace_back(s, *extra);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace entente
