// The verdict rules for bands, trends and comparisons.
#include "query/claims/claim_rules.h"

#include <cmath>
#include <string>

#include <fmt/format.h>

#include "core/number_format.h"
#include "measures/mann_kendall.h"
#include "measures/ols_slope.h"
#include "measures/sen_slope.h"

namespace entente {
namespace {

std::string Slope(double v) { return FormatFixed(v, 5); }

// A band's end as the claim would write it: V - T computed in binary
// floating point (0.9 - 0.03 = 0.87000000000000011) shown as 0.87.
std::string ShowBound(double v) { return FormatShortest(std::stod(fmt::format("{:.10g}", v))); }

std::string Range(const ConfidenceInterval& ci) { return fmt::format("{} to {}", ShowNumber(ci.low), ShowNumber(ci.high)); }

}  // namespace

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "supported";
    case Verdict::kPartly: return "partly supported";
    case Verdict::kNotSupported: return "not supported";
    case Verdict::kNotCheckable: return "not checkable";
  }
  return "?";
}

std::string ShowNumber(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return FormatShortest(v);
  return FormatFixed(v, std::fabs(v) >= 100 ? 1 : 4);
}

std::string ShowPValue(double p) { return p < 0.0001 ? "< 0.0001" : FormatFixed(p, 4); }

std::string ShowEvidence(const Evidence& e) {
  std::string n = e.n ? fmt::format(", n = {} {}", *e.n, e.n_of) : "";
  if (!e.interval) return e.method + n;
  return fmt::format("{} ({}{})", Range(*e.interval), e.method, n);
}

Judgement JudgeBand(double value, const Evidence& evidence, const Band& band, const std::optional<Band>& partly,
                    const std::string& expected, std::optional<double> claimed) {
  Judgement j;
  j.evidence = evidence;
  j.evidence.estimate = value;
  const ConfidenceInterval ci = evidence.interval.value_or(ConfidenceInterval{value, value});
  const bool in = band.Overlaps(ci.low, ci.high);
  const bool near = !in && partly && partly->Overlaps(ci.low, ci.high);
  j.verdict = in ? Verdict::kSupported : near ? Verdict::kPartly : Verdict::kNotSupported;
  std::string lead = claimed ? fmt::format("measured {} is {} from the claimed {}", ShowNumber(value),
                                           ShowNumber(std::fabs(value - *claimed)), FormatShortest(*claimed))
                             : fmt::format("measured {}", ShowNumber(value));
  std::string words = claimed && band.low && band.high
                          ? fmt::format("the band {} to {}", ShowBound(*band.low), ShowBound(*band.high))
                          : expected;
  if (evidence.interval) {
    j.reason = fmt::format("{}; its 95% interval {} {} {}", lead, Range(ci),
                           in     ? "overlaps"
                           : near ? "misses, but comes near,"
                                  : "does not overlap",
                           words);
  } else if (claimed) {
    j.reason = fmt::format("{}, {} {} (exact)", lead, in ? "inside" : near ? "near, but outside," : "outside", words);
  } else {
    j.reason = fmt::format("{} (exact) {} {}", lead,
                           in     ? "meets"
                           : near ? "comes near, but does not meet,"
                                  : "does not meet",
                           expected);
  }
  return j;
}

Judgement JudgeTrend(const std::vector<std::pair<int, double>>& series, bool increasing) {
  Judgement j;
  j.evidence.n = static_cast<int64_t>(series.size());
  j.evidence.n_of = "years";
  std::vector<std::pair<double, double>> points;
  std::vector<double> values;
  for (const auto& [year, v] : series) {
    points.emplace_back(year, v);
    values.push_back(v);
  }
  std::optional<OlsSlope> ols = FitOlsSlope(points);
  std::optional<MannKendallTest> mk = TestMannKendall(values);
  std::optional<double> sen = SenSlope(points);
  if (series.size() < 3 || !ols || !mk || !sen) {
    j.verdict = Verdict::kNotCheckable;
    j.reason = "fewer than three yearly values: a slope's interval needs at least three";
    return j;
  }
  const double sign = increasing ? 1 : -1;
  const bool ols_rejects = sign * (increasing ? ols->low : ols->high) > 0;
  const bool mk_rejects = mk->p_value < kTrendAlpha && sign * static_cast<double>(mk->s) > 0;
  const bool right_way = sign * ols->slope > 0 && sign * *sen >= 0;
  j.verdict = ols_rejects && mk_rejects ? Verdict::kSupported : right_way ? Verdict::kPartly : Verdict::kNotSupported;
  j.evidence.estimate = ols->slope;
  j.evidence.interval = ConfidenceInterval{ols->low, ols->high};
  j.evidence.method = fmt::format("least-squares slope per year, 95% t interval ({} df)", ols->df);
  j.evidence.test = fmt::format("Mann-Kendall, S = {}, {}; Sen's slope {} per year", mk->s,
                                mk->exact ? "exact" : "normal approximation with tie and continuity correction",
                                Slope(*sen));
  j.evidence.p_value = mk->p_value;
  const char* way = increasing ? "rises" : "falls";
  std::string finding;
  if (j.verdict == Verdict::kSupported) {
    finding = fmt::format("the series {}: the slope's interval excludes zero and Mann-Kendall rejects no trend", way);
  } else if (j.verdict == Verdict::kPartly) {
    finding = fmt::format("the series {}, but not clearly: {}", way,
                          !ols_rejects && !mk_rejects ? "the slope's interval includes zero and Mann-Kendall does not reject no trend"
                          : !ols_rejects              ? "the slope's interval includes zero"
                                                      : "Mann-Kendall does not reject no trend");
  } else {
    finding = fmt::format("the series does not {}", increasing ? "rise" : "fall");
  }
  j.reason = fmt::format("{}; least-squares slope {} per year (95% interval {} to {}); Mann-Kendall p = {}, Sen's slope {}; "
                         "{} {} to {} {}",
                         finding, Slope(ols->slope), Slope(ols->low), Slope(ols->high), ShowPValue(mk->p_value),
                         Slope(*sen), series.front().first, FormatFixed(series.front().second, 4), series.back().first,
                         FormatFixed(series.back().second, 4));
  return j;
}

Judgement JudgeDifference(const Evidence& difference, bool above, const std::string& sides) {
  Judgement j;
  j.evidence = difference;
  const double d = *difference.estimate;
  const double sign = above ? 1 : -1;
  const bool right_way = sign * d > 0;
  if (!difference.interval) {
    j.verdict = right_way ? Verdict::kSupported : Verdict::kNotSupported;
    j.reason = fmt::format("{}: difference {} (exact)", sides, ShowNumber(d));
    return j;
  }
  const ConfidenceInterval& ci = *difference.interval;
  const bool excludes = sign * (above ? ci.low : ci.high) > 0;
  j.verdict = excludes ? Verdict::kSupported : right_way ? Verdict::kPartly : Verdict::kNotSupported;
  j.reason = fmt::format("{}: difference {}, 95% interval {}, {} zero", sides, ShowNumber(d), Range(ci),
                         ci.low > 0 || ci.high < 0 ? "excludes" : "includes");
  if (difference.p_value) j.reason += fmt::format(" (bootstrap p = {})", ShowPValue(*difference.p_value));
  return j;
}

}  // namespace entente
