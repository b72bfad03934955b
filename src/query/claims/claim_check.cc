// Evaluating expectations and laying out the verdicts.
#include "query/claims/claim_check.h"

#include <cmath>

#include <fmt/format.h>

#include "core/number_format.h"

namespace entente {
namespace {

// Whole numbers as they are, others to 4 decimals (1 from 100 up).
std::string ShowNumber(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return FormatShortest(v);
  return FormatFixed(v, std::fabs(v) >= 100 ? 1 : 4);
}

std::string Show(const Measurement& m) {
  if (!m.not_checkable.empty()) return "-";
  if (!m.text.empty()) return m.text;
  if (m.value) return ShowNumber(*m.value);
  if (!m.series.empty()) {
    return fmt::format("{}: {} ... {}: {} ({} years)", m.series.front().first, FormatFixed(m.series.front().second, 4),
                       m.series.back().first, FormatFixed(m.series.back().second, 4), m.series.size());
  }
  return "-";
}

std::string Num(double v) { return FormatShortest(v); }

// Counts as integers, other numbers as numbers, the rest as text.
Cell MeasuredCell(const Measurement& m) {
  if (m.not_checkable.empty() && m.value) {
    if (*m.value == std::floor(*m.value) && std::fabs(*m.value) < 1e15) return Cell(static_cast<int64_t>(*m.value));
    return Cell(*m.value);
  }
  return Cell(Show(m));
}

double Slope(const std::vector<std::pair<int, double>>& s) {
  double mx = 0, my = 0;
  for (const auto& [x, y] : s) mx += x, my += y;
  mx /= static_cast<double>(s.size()), my /= static_cast<double>(s.size());
  double sxy = 0, sxx = 0;
  for (const auto& [x, y] : s) sxy += (x - mx) * (y - my), sxx += (x - mx) * (x - mx);
  return sxx > 0 ? sxy / sxx : 0;
}

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
    switch (e.kind) {
      case K::kValue: r.expected = fmt::format("{} ± {}", Num(e.value), Num(e.tolerance)); break;
      case K::kBounds:
        r.expected = e.min && e.max ? fmt::format("between {} and {}", Num(*e.min), Num(*e.max))
                     : e.min        ? fmt::format("at least {}", Num(*e.min))
                                    : fmt::format("at most {}", Num(*e.max));
        break;
      case K::kEquals: r.expected = e.equals; break;
      case K::kTrend: r.expected = e.trend; break;
      case K::kAbove: r.expected = fmt::format("above {}", e.other_metric); break;
      case K::kBelow: r.expected = fmt::format("below {}", e.other_metric); break;
    }
    if (!mv.not_checkable.empty()) {
      r.verdict = Verdict::kNotCheckable;
      r.reason = mv.not_checkable;
    } else if (e.kind == K::kValue || e.kind == K::kBounds) {
      if (!mv.value) {
        r.verdict = Verdict::kNotCheckable;
        r.reason = "the metric gives no number here";
      } else if (e.kind == K::kValue) {
        double d = std::fabs(*mv.value - e.value);
        r.verdict = d <= e.tolerance ? Verdict::kSupported : d <= 2 * e.tolerance ? Verdict::kPartly : Verdict::kNotSupported;
        r.reason = fmt::format("measured {} is {} from the claimed {}", Show(mv), ShowNumber(d), Num(e.value));
      } else {
        double v = *mv.value;
        bool in = (!e.min || v >= *e.min) && (!e.max || v <= *e.max);
        bool partly = (!e.partly_min || v >= *e.partly_min) && (!e.partly_max || v <= *e.partly_max) &&
                      (e.partly_min || e.partly_max);
        r.verdict = in ? Verdict::kSupported : partly ? Verdict::kPartly : Verdict::kNotSupported;
        r.reason = fmt::format("measured {} {} {}", Show(mv), in ? "meets" : partly ? "comes near, but does not meet," : "does not meet",
                               r.expected);
      }
    } else if (e.kind == K::kEquals) {
      std::string got = !mv.text.empty() ? mv.text : mv.value ? Num(*mv.value) : "";
      r.verdict = got == e.equals ? Verdict::kSupported : Verdict::kNotSupported;
      r.reason = fmt::format("measured {}, claimed {}", got.empty() ? "nothing" : got, e.equals);
    } else if (e.kind == K::kTrend) {
      if (mv.series.size() < 3) {
        r.verdict = Verdict::kNotCheckable;
        r.reason = "fewer than three yearly values";
      } else {
        double slope = Slope(mv.series);
        double change = mv.series.back().second - mv.series.front().second;
        bool up = e.trend == "increasing";
        bool slope_ok = up ? slope > 0 : slope < 0;
        bool change_ok = up ? change > 0 : change < 0;
        r.verdict = slope_ok && change_ok ? Verdict::kSupported : slope_ok || change_ok ? Verdict::kPartly : Verdict::kNotSupported;
        r.reason = fmt::format("least-squares slope {} per year; {} {} to {} {}", FormatFixed(slope, 5),
                               mv.series.front().first, FormatFixed(mv.series.front().second, 4), mv.series.back().first,
                               FormatFixed(mv.series.back().second, 4));
      }
    } else {
      Result<Measurement> other = Measure(ws, file, c, registry, e.other_metric, e.other_params);
      if (!other.ok()) return other.status();
      if (!other->not_checkable.empty() || !other->value || !mv.value) {
        r.verdict = Verdict::kNotCheckable;
        r.reason = other->not_checkable.empty() ? "one side has no number" : other->not_checkable;
      } else {
        bool holds = e.kind == K::kAbove ? *mv.value > *other->value : *mv.value < *other->value;
        r.verdict = holds ? Verdict::kSupported : Verdict::kNotSupported;
        r.reason = fmt::format("measured {} against {} ({})", Show(mv), Show(*other), other->basis);
        for (const auto& d : other->datasets) r.measured.datasets.push_back(d);
      }
    }
    for (const std::string& s : c.show) {
      Result<Measurement> extra = Measure(ws, file, c, registry, s, c.params);
      if (!extra.ok()) return extra.status();
      r.shown.emplace_back(s, *extra);
    }
    out.push_back(std::move(r));
  }
  return out;
}

Answer ClaimsAnswer(const ClaimFile& file, const std::vector<ClaimResult>& results) {
  Answer a;
  a.command = "check";
  a.title = file.title.empty() ? fmt::format("Claims in {}", file.source)
                               : fmt::format("Claims of \"{}\"{}", file.title, file.author.empty() ? "" : " (" + file.author + ")");
  a.AddFact("claim_file", file.source);
  int counts[4] = {0, 0, 0, 0};
  for (const auto& r : results) ++counts[static_cast<int>(r.verdict)];
  a.AddFact("verdicts", fmt::format("{} supported, {} partly supported, {} not supported, {} not checkable", counts[0],
                                    counts[1], counts[2], counts[3]));
  a.AddSection("claims", "Claims");
  a.AddSection("also", "Other measures of the same claims");
  // References only after both sections exist: adding one moves the others.
  Table& t = a.sections[0].table;
  Table& also = a.sections[1].table;
  a.sections[0].expanded = true;
  for (const char* c : {"id", "claim", "where", "metric", "measured", "expected", "verdict", "reason", "definition", "basis"}) {
    t.AddColumn(c);
  }
  for (const char* c : {"id", "metric", "measured", "definition"}) also.AddColumn(c);
  for (const auto& r : results) {
    const Claim& c = *r.claim;
    t.AddRow({c.id, c.text, c.where, c.metric, MeasuredCell(r.measured),
              r.expected, std::string(VerdictName(r.verdict)), r.reason, r.measured.definition, r.measured.basis});
    for (const auto& d : r.measured.datasets) a.UseDataset(d);
    for (const auto& [name, m] : r.shown) {
      also.AddRow({c.id, name, MeasuredCell(m), m.definition});
    }
    if (!c.note.empty()) a.notes.push_back(fmt::format("{}: {}", c.id, c.note));
  }
  return a;
}

}  // namespace entente
