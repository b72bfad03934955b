// The report's General Assembly part: the chosen agreement measure by year for
// the pair and the comparison dyads over the whole record, the period's
// alignment on every measure, alignment by issue, each state's closest
// partners, and the ideal points of the states in the period's sessions.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/number_format.h"
#include "core/text.h"
#include "measures/ideal_distance.h"
#include "measures/quantile.h"
#include "measures/vote_measure_registry.h"
#include "query/ideal/ideal_query.h"
#include "query/report/report_parts.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/votes_all_dyads.h"
#include "query/votes/votes_dyad.h"
#include "query/votes/votes_partners.h"

namespace entente {
namespace {

constexpr int kTopPartners = 10;
// A yearly point of the alignment chart needs this many roll calls that both
// states voted on; fewer are a handful, and their points are left out with a
// note, as are partial years (query/votes/vote_record.h).
constexpr int64_t kMinChartRollCalls = 10;

VoteFilter PeriodFilter(const ReportContext& ctx) {
  VoteFilter f;
  f.years = ctx.period;
  return f;
}

// The measure by year of one dyad over the whole record, as chart points;
// the years left out are added to `partial` (partial years, with the most
// roll calls a dyad voted on in them) and `few` (years on fewer than
// kMinChartRollCalls roll calls).
void AddDyadSeries(ReportContext& ctx, ReportPart& part, Chart& chart, const Country& x, const Country& y,
                   std::map<int, int64_t>* partial, std::vector<std::string>* few) {
  VotesDyadRequest req{std::to_string(x.ccode.value), std::to_string(y.ccode.value), {}, VoteGrouping::kYear,
                       {ctx.request.vote_measure}};
  std::optional<Answer> answer = ctx.Take(part, QueryVotesDyad(ctx.ws, req));
  if (!answer) return;
  const Section* s = FindSection(*answer, "votes");
  std::optional<size_t> year = ColumnIndex(s->table, "year");
  std::optional<size_t> value = ColumnIndex(s->table, ctx.request.vote_measure);
  std::optional<size_t> n = ColumnIndex(s->table, "n");
  std::optional<size_t> part_year = ColumnIndex(s->table, "partial_year");
  std::string series = ReportContext::DyadName(x, y);
  chart.series.push_back(series);
  std::vector<std::string> small;
  for (const auto& row : s->table.rows) {
    const int yr = static_cast<int>(*NumberCell(row[*year]));
    const int64_t votes = static_cast<int64_t>(NumberCell(row[*n]).value_or(0));
    if (part_year && NumberCell(row[*part_year]).value_or(0) != 0) {
      int64_t& most = (*partial)[yr];
      most = std::max(most, votes);
      continue;
    }
    if (votes < kMinChartRollCalls) {
      small.push_back(fmt::format("{} ({})", yr, votes));
      continue;
    }
    chart.points.push_back(ChartPoint{yr, series, NumberCell(row[*value])});
  }
  if (!small.empty()) few->push_back(fmt::format("{} {}", series, fmt::join(small, ", ")));
}

void AddAlignmentChart(ReportContext& ctx, ReportPart& part, const VoteMeasureInfo& measure) {
  Chart chart;
  chart.name = "votes_over_time";
  chart.title = fmt::format("UN General Assembly voting alignment by year ({})", measure.name);
  chart.caption = fmt::format("{}: {}. Each year's roll calls; the report's period is shaded. Dataset: un_votes.",
                              measure.title, measure.definition);
  chart.kind = ChartKind::kLine;
  chart.y_title = measure.name;
  chart.highlight = ctx.period;
  std::map<int, int64_t> partial;
  std::vector<std::string> few;
  AddDyadSeries(ctx, part, chart, *ctx.a, *ctx.b, &partial, &few);
  for (const auto& [x, y] : ctx.compare) AddDyadSeries(ctx, part, chart, *x, *y, &partial, &few);
  std::vector<std::string> left_out;
  for (const auto& [yr, votes] : partial) {
    left_out.push_back(fmt::format("{}, a partial year: the record holds only the end of an earlier session there "
                                   "({} roll call{})", yr, votes, votes == 1 ? "" : "s"));
  }
  if (!few.empty()) {
    left_out.push_back(fmt::format("years on fewer than {} roll calls both voted on: {}", kMinChartRollCalls,
                                   fmt::join(few, "; ")));
  }
  if (!left_out.empty()) {
    std::vector<std::string> sentences = left_out;  // the caption's, each from a capital
    for (std::string& t : sentences) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
    chart.caption += fmt::format(" Not plotted: {}.", fmt::join(sentences, ". "));
    part.notes.push_back(fmt::format("the yearly alignment chart leaves out {}", fmt::join(left_out, "; and ")));
  }
  bool any = false;
  for (const ChartPoint& p : chart.points) any = any || p.value.has_value();
  if (!any) return;
  // Context behind the pairs: every dyad's value each year, as a median and interquartile range.
  Result<std::map<int, std::vector<double>>> every = MeasureOfEveryDyadByYear(ctx.ws, measure, kMinChartRollCalls);
  if (!every.ok()) {
    ctx.fatal = every.status();
    return;
  }
  for (const auto& [yr, values] : *every) {
    chart.band.push_back(ChartBandYear{yr, *Quantile(values, 0.25), *Quantile(values, 0.5), *Quantile(values, 0.75),
                                       static_cast<int64_t>(values.size())});
  }
  if (!chart.band.empty()) {
    chart.band_label = "all dyads: median, interquartile range";
    chart.caption += fmt::format(" Grey: where every dyad stood that year ({} of each dyad with {} or more roll "
                                 "calls both voted on): the median dashed, the interquartile range shaded.",
                                 measure.name, kMinChartRollCalls);
    ctx.DefineMeasure("interquartile range", "from the first to the third quartile of the values (quantiles by "
                                             "linear interpolation, Hyndman and Fan 1996, definition 7)");
  }
  part.charts.push_back(std::move(chart));
}

void AddPeriodAlignment(ReportContext& ctx, ReportPart& part, const VoteMeasureInfo& measure) {
  Table totals;
  auto dyads = ctx.compare;
  dyads.insert(dyads.begin(), {ctx.a, ctx.b});
  for (size_t i = 0; i < dyads.size(); ++i) {
    const auto& [x, y] = dyads[i];
    VotesDyadRequest req{std::to_string(x->ccode.value), std::to_string(y->ccode.value), PeriodFilter(ctx),
                         VoteGrouping::kTotal, {}};
    std::optional<Answer> answer = ctx.Take(part, QueryVotesDyad(ctx.ws, req));
    if (!answer) continue;
    ctx.DefineMeasures(*answer, {"n", "agree", "ia", "s", "kappa", "pi"});
    const Table& t = FindSection(*answer, "votes")->table;
    AppendRows(totals, t);
    if (i > 0 || t.rows.empty()) continue;  // the headline is the pair's
    std::optional<double> n = NumberCell(t.rows[0][*ColumnIndex(t, "n")]);
    std::optional<double> v = NumberCell(t.rows[0][*ColumnIndex(t, measure.name)]);
    if (!n || *n == 0) {
      part.missing.push_back(fmt::format("{} and {} shared no roll call in {}", ctx.a->name, ctx.b->name,
                                         ctx.period.ToString()));
      continue;
    }
    Cell from = t.rows[0][*ColumnIndex(t, "from")], to = t.rows[0][*ColumnIndex(t, "to")];
    std::string years = fmt::format("{}-{}", TextCell(from), TextCell(to));
    // Context: where the pair stands among every dyad of the same period.
    std::optional<HeadlinePercentile> percentile;
    if (v) {
      Result<std::vector<double>> all = MeasureOfEveryDyad(ctx.ws, PeriodFilter(ctx), measure, kMinChartRollCalls);
      if (!all.ok()) {
        ctx.fatal = all.status();
        return;
      }
      percentile = PercentileAmong(ctx, *all, *v, fmt::format("dyads voting in {}", ctx.period.ToString()));
      if (percentile) {
        part.facts.push_back(ReportFact{
            fmt::format("Percentile among every dyad ({})", measure.name),
            fmt::format("{:.1f}: {:.1f}% of the {} dyads that voted on {} or more of the same roll calls in {} "
                        "agreed less (ties counted half)",
                        percentile->value, percentile->value, percentile->dyads, kMinChartRollCalls,
                        ctx.period.ToString())});
      }
    }
    ctx.report.summary.push_back(Headline{
        fmt::format("UN General Assembly voting alignment ({})", measure.name), OptionalCell(v),
        v ? FormatFixed(*v, 3) : std::string("-"),
        fmt::format("over {} roll calls both voted on{}", static_cast<int64_t>(*n), PercentileDetail(percentile)),
        fmt::format("{}: {}", measure.title, measure.definition), years, "un_votes", percentile});
    part.facts.push_back(ReportFact{"Roll calls both cast a vote on", fmt::format("{} ({})", *n, years)});
    for (const VoteMeasureInfo& m : VoteMeasures()) {
      std::optional<double> mv = NumberCell(t.rows[0][*ColumnIndex(t, m.name)]);
      part.facts.push_back(ReportFact{m.title, mv ? FormatFixed(*mv, 3) : "-"});
    }
  }
  if (!totals.empty()) AddTable(part, "alignment", "Alignment in the period, every measure", totals);
}

void AddIssues(ReportContext& ctx, ReportPart& part) {
  VotesDyadRequest req{std::to_string(ctx.a->ccode.value), std::to_string(ctx.b->ccode.value), PeriodFilter(ctx),
                       VoteGrouping::kIssue, {}};
  std::optional<Answer> answer = ctx.Take(part, QueryVotesDyad(ctx.ws, req));
  if (!answer) return;
  const Table& t = FindSection(*answer, "votes")->table;
  if (t.empty()) {
    static const std::string kNoIssues = "no roll call of the period carries an issue tag";
    part.missing.push_back(kNoIssues);
    return;
  }
  AddTable(part, "by_issue", "Alignment by issue (roll calls tagged by the unvotes issue codes)", t);
}

void AddPartners(ReportContext& ctx, ReportPart& part, const Country& state) {
  VotesPartnersRequest req;
  req.a = std::to_string(state.ccode.value);
  req.filter = PeriodFilter(ctx);
  req.measure = ctx.request.vote_measure;
  req.top = kTopPartners;
  std::optional<Answer> answer = ctx.Take(part, QueryVotesPartners(ctx.ws, req));
  if (!answer) return;
  const Section* s = FindSection(*answer, "partners");
  if (!s || s->table.empty()) return;
  AddTable(part, "partners_" + ToLower(state.ShortCode()),
           fmt::format("{}'s closest partners ({})", state.name, ctx.request.vote_measure), s->table);
}

// The pair's ideal-point distance over the sessions of the period, as a
// headline, against every dyad of the same sessions: `t` holds every state's
// positions (one fit, fitted anyway for the chart).
void AddIdealDistanceHeadline(ReportContext& ctx, const Table& t) {
  size_t ccode = *ColumnIndex(t, "ccode"), session = *ColumnIndex(t, "session"), ideal = *ColumnIndex(t, "ideal");
  std::map<int, std::map<int64_t, double>> by_session;  // session -> ccode -> position
  for (const auto& row : t.rows) {
    std::optional<double> c = NumberCell(row[ccode]), s = NumberCell(row[session]), v = NumberCell(row[ideal]);
    if (c && s && v) by_session[static_cast<int>(*s)][static_cast<int64_t>(*c)] = *v;
  }
  std::set<int64_t> states;
  for (const auto& [s, positions] : by_session) {
    for (const auto& [c, v] : positions) states.insert(c);
  }
  auto distance = [&](int64_t a, int64_t b) {
    std::vector<DyadPositions> sessions;
    for (const auto& [s, positions] : by_session) {
      auto pa = positions.find(a), pb = positions.find(b);
      sessions.push_back(DyadPositions{pa == positions.end() ? std::nullopt : std::optional<double>(pa->second),
                                       pb == positions.end() ? std::nullopt : std::optional<double>(pb->second)});
    }
    return MeanIdealDistance(sessions);
  };
  const std::optional<double> pair = distance(ctx.a->ccode.value, ctx.b->ccode.value);
  if (!pair || by_session.empty()) return;
  std::vector<double> all;
  for (auto a = states.begin(); a != states.end(); ++a) {
    for (auto b = std::next(a); b != states.end(); ++b) {
      if (std::optional<double> d = distance(*a, *b)) all.push_back(*d);
    }
  }
  std::sort(all.begin(), all.end());
  const std::string sessions = fmt::format("{}-{}", by_session.begin()->first, by_session.rbegin()->first);
  std::optional<HeadlinePercentile> percentile =
      PercentileAmong(ctx, all, *pair, fmt::format("dyads with ideal points in sessions {}", sessions));
  ctx.report.summary.push_back(Headline{
      "UN ideal-point distance", Cell(*pair), FormatFixed(*pair, 3),
      fmt::format("mean over sessions {} (lower is closer){}", sessions, PercentileDetail(percentile)),
      "ideal_distance: mean over the sessions of |ideal1 - ideal2|, static ideal points in standard deviations of "
      "each session's positions",
      ctx.period.ToString(), "un_votes", percentile});
}

void AddIdealPoints(ReportContext& ctx, ReportPart& part) {
  if (!ctx.request.ideal_points) return;
  // The sessions of the period's roll calls, as `entente votes A B --measure ideal_distance` takes them, and
  // every state: the distance headline reads the pair against all dyads.
  Result<std::shared_ptr<const VoteMatrix>> matrix = OpenVoteMatrix(ctx.ws);
  if (!matrix.ok()) {
    ctx.fatal = matrix.status();
    return;
  }
  const VoteMatrix& m = **matrix;
  IdealRequest req;
  req.years = ctx.period;
  const int first = std::max(ctx.period.from, m.first_year()), last = std::min(ctx.period.to, m.last_year());
  const size_t begin = first <= last ? m.YearRange(first).first : 0;
  const size_t end = first <= last ? m.YearRange(last).second : 0;
  if (begin < end) req.sessions = std::make_pair(m.roll_call(begin).session, m.roll_call(end - 1).session);
  if (req.sessions) req.years.reset();
  std::optional<Answer> answer = ctx.Take(part, QueryIdeal(ctx.ws, req));
  if (!answer) return;
  if (auto m = answer->FactText("measure")) ctx.DefineMeasure("ideal_point", *m);
  if (auto id = answer->FactText("identification")) ctx.DefineMeasure("ideal_point identification", *id);
  const Table& every = FindSection(*answer, "ideal_points")->table;
  AddIdealDistanceHeadline(ctx, every);
  // The report's states only, in the report's order within each session.
  const size_t ccode = *ColumnIndex(every, "ccode"), session_col = *ColumnIndex(every, "session");
  std::vector<int64_t> order;
  for (const Country* c : ctx.States()) order.push_back(c->ccode.value);
  Table t;
  t.columns = every.columns;
  for (const auto& row : every.rows) {
    if (std::find(order.begin(), order.end(), static_cast<int64_t>(*NumberCell(row[ccode]))) != order.end()) {
      t.rows.push_back(row);
    }
  }
  auto rank = [&](const std::vector<Cell>& row) {
    return std::find(order.begin(), order.end(), static_cast<int64_t>(*NumberCell(row[ccode]))) - order.begin();
  };
  std::stable_sort(t.rows.begin(), t.rows.end(), [&](const auto& x, const auto& y) {
    return std::pair(*NumberCell(x[session_col]), rank(x)) < std::pair(*NumberCell(y[session_col]), rank(y));
  });
  for (const Country* c : ctx.States()) {
    if (std::none_of(t.rows.begin(), t.rows.end(),
                     [&](const auto& row) { return *NumberCell(row[ccode]) == c->ccode.value; })) {
      part.notes.push_back(fmt::format("{} ({}, {}) has no ideal point in the sessions of {}", c->name,
                                       c->ShortCode(), c->ccode.value, ctx.period.ToString()));
    }
  }
  if (t.rows.empty()) {
    part.missing.push_back(fmt::format("no ideal point for the report's states in the sessions of {}",
                                       ctx.period.ToString()));
    return;
  }
  Chart chart;
  chart.name = "ideal_points";
  chart.title = "Ideal points in the General Assembly, by session";
  chart.caption =
      "One-dimensional ordered probit of no/abstain/yes per session, its posterior mode found by an EM "
      "algorithm (ECME); the United States is positive. "
      "Each session is scaled on its own (mean 0, variance 1): compare states within a year, not a state across "
      "years. Dataset: un_votes.";
  chart.kind = ChartKind::kLine;
  chart.y_title = "ideal point";
  size_t iso = *ColumnIndex(t, "iso3"), year = *ColumnIndex(t, "year"), ideal = *ColumnIndex(t, "ideal");
  for (const Country* c : ctx.States()) chart.series.push_back(c->ShortCode());
  for (const auto& row : t.rows) {
    chart.points.push_back(ChartPoint{static_cast<int>(*NumberCell(row[year])), TextCell(row[iso]),
                                      NumberCell(row[ideal])});
  }
  for (const std::string& note : answer->notes) part.notes.push_back(note);
  part.charts.push_back(std::move(chart));
  AddTable(part, "ideal_points", "Ideal points by session", t);
}

}  // namespace

ReportPart BuildVotesPart(ReportContext& ctx) {
  ReportPart part;
  part.name = "votes";
  part.title = "UN General Assembly voting";
  const VoteMeasureInfo* measure = FindVoteMeasure(ctx.request.vote_measure);
  AddAlignmentChart(ctx, part, *measure);
  if (!ctx.fatal.ok()) return part;
  AddPeriodAlignment(ctx, part, *measure);
  if (!ctx.fatal.ok()) return part;
  AddIssues(ctx, part);
  AddPartners(ctx, part, *ctx.a);
  AddPartners(ctx, part, *ctx.b);
  AddIdealPoints(ctx, part);
  static const std::string kAbsence =
      "Absence is not a vote: each measure counts the roll calls on which both states voted yes, abstain or no.";
  part.notes.push_back(kAbsence);
  return part;
}

}  // namespace entente
