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
  if (st.code() == Status::Code::kDataError) return st;
  return Status::Usage(fmt::format("{}:{}: claim \"{}\": {}", file.source, c.line, c.id, st.message()));
}

Result<Measurement> Measure(Workspace& ws, const ClaimFile& file, const Claim& c, const MetricRegistry& registry,
                            const std::string& metric_name, const ClaimParams& params) {
  const Metric* metric = registry.Find(metric_name);
  if (metric == nullptr) {
    return Status::Usage(fmt::format("{}:{}: claim \"{}\": unknown metric \"{}\" (`entente check --metrics` lists them)",
                                     file.source, c.line, c.id, metric_name));
  }
  ENTENTE_RETURN_IF_ERROR(registry.Validate(*metric, params, file.source));
  Result<Measurement> m = metric->measure(ws, params);
  if (!m.ok()) return ClaimError(file, c, m.status());
  return m;
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

Result<std::vector<ClaimResult>> CheckClaims(Workspace& ws, const ClaimFile& file, const MetricRegistry& registry) {
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
