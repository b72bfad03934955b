// Claim metrics over UN General Assembly votes: votes.n, votes.agree,
// votes.ia, votes.s, votes.kappa, votes.pi for a dyad and period, pooled, or
// by year (for trend expectations).
#include <fmt/format.h>

#include "measures/vote_measure_registry.h"
#include "query/claims/claim_metrics.h"
#include "query/votes/vote_filter.h"
#include "query/votes/votes_dyad.h"

namespace entente {
namespace {

std::vector<ParamSpec> VoteParams() {
  return {
      {"a", "state", true, "first state"},
      {"b", "state", true, "second state"},
      {"from", "year", false, "first calendar year"},
      {"to", "year", false, "last calendar year"},
      {"issue", "text", false, "issue tags, e.g. \"nu,hr\""},
      {"important", "bool", false, "important votes only"},
      {"exclude_unanimous", "bool", false, "leave out unanimous roll calls"},
      {"yes_no_only", "bool", false, "only roll calls where both voted yes or no"},
      {"by", "text", false, "\"year\" for a yearly series (trend expectations)", {"year"}},
  };
}

Result<Measurement> MeasureVotes(Workspace& ws, const ClaimParams& p, const std::string& measure) {
  VotesDyadRequest req;
  req.a = *TextParam(p, "a");
  req.b = *TextParam(p, "b");
  auto from = IntParam(p, "from");
  auto to = IntParam(p, "to");
  if (from || to) req.filter.years = Period{static_cast<int>(from.value_or(1900)), static_cast<int>(to.value_or(2100))};
  if (auto issue = TextParam(p, "issue")) {
    Result<uint8_t> bits = ParseIssueCodes(*issue);
    if (!bits.ok()) return bits.status();
    req.filter.issues = *bits;
  }
  req.filter.important_only = BoolParam(p, "important");
  req.filter.exclude_unanimous = BoolParam(p, "exclude_unanimous");
  req.filter.yes_no_only = BoolParam(p, "yes_no_only");
  bool series = TextParam(p, "by") == std::optional<std::string>("year");
  req.by = series ? VoteGrouping::kYear : VoteGrouping::kTotal;
  Result<Answer> a = QueryVotesDyad(ws, req);
  Measurement m;
  if (!a.ok()) {
    // A period the record does not cover cannot be checked; other errors
    // (unknown state, bad filter) are the claim file's fault.
    if (a.status().message().find("no UN General Assembly roll call") != std::string::npos) {
      m.not_checkable = a.status().message();
      return m;
    }
    return a.status();
  }
  const Table& t = a->sections[0].table;
  size_t col = 0, n_col = 0, year_col = 0;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].name == measure) col = i;
    if (t.columns[i].name == "n") n_col = i;
    if (t.columns[i].name == "year") year_col = i;
  }
  const VoteMeasureInfo* info = FindVoteMeasure(measure);
  m.definition = info ? fmt::format("{} ({}): {}", measure, info->title, info->definition)
                      : "n: roll calls on which both cast yes, abstain or no";
  for (const Fact& f : a->facts) {
    if (f.key == "period") m.basis = "UN General Assembly roll calls, " + f.text;
    if (f.key == "filters" && f.text != "none") m.basis += "; " + f.text;
  }
  m.datasets = a->datasets;
  int64_t n = 0;
  for (const auto& row : t.rows) {
    n += std::get<int64_t>(row[n_col]);
    if (series && row[col].index() == 2) {
      m.series.emplace_back(static_cast<int>(std::get<int64_t>(row[year_col])), std::get<double>(row[col]));
    }
  }
  m.basis += fmt::format("; n = {}", n);
  if (!series) {
    const Cell& c = t.rows.at(0)[col];
    if (c.index() == 1) m.value = static_cast<double>(std::get<int64_t>(c));
    if (c.index() == 2) m.value = std::get<double>(c);
    if (!m.value) m.not_checkable = a->notes.empty() ? "the measure is undefined for this dyad and period" : a->notes[0];
    if (m.value && measure != "n") {
      Result<ChoiceTable> choices = QueryDyadChoices(ws, req);
      if (!choices.ok()) return choices.status();
      m.choices = *choices;
      m.vote_measure = measure;
    }
  } else if (m.series.empty()) {
    m.not_checkable = a->notes.empty() ? "no yearly values in this period" : a->notes[0];
  }
  return m;
}

// Each vote measure is its own scale: a share of identical votes and an
// index of agreement are not compared with each other.
std::string VoteUnit(const std::string& measure) {
  if (measure == "agree") return "share of roll calls (0 to 1)";
  if (measure == "ia") return "index of agreement (0 to 1)";
  return measure + " (-1 to 1)";
}

// Issue codes are a closed set: an unknown one is a mistake in the file, found
// before anything is measured.
Status CheckVoteParams(Workspace&, const ClaimParams& p, std::vector<ParamProblem>* problems) {
  if (auto issue = TextParam(p, "issue")) {
    Result<uint8_t> bits = ParseIssueCodes(*issue);
    if (!bits.ok()) {
      // The message is the command line's; the file has no --issue.
      std::string what = bits.status().message();
      if (what.rfind("--issue: ", 0) == 0) what.erase(0, 9);
      problems->push_back({"issue", what});
    }
  }
  return Status::Ok();
}

}  // namespace

void RegisterVoteMetrics(MetricRegistry& registry) {
  Metric& n = registry.Add(Metric{"votes.n", "Roll calls on which both states cast yes, abstain or no", VoteParams(),
                                  [](Workspace& ws, const ClaimParams& p) { return MeasureVotes(ws, p, "n"); }});
  n.unit = "roll calls";
  n.yearly = true;
  n.dataset = "un_votes";
  n.check = CheckVoteParams;
  for (const VoteMeasureInfo& info : VoteMeasures()) {
    std::string name = info.name;
    Metric& m = registry.Add(Metric{"votes." + name, fmt::format("{} of two states' UN votes: {}", info.title, info.definition),
                                    VoteParams(), [name](Workspace& ws, const ClaimParams& p) { return MeasureVotes(ws, p, name); }});
    m.unit = VoteUnit(name);
    m.yearly = true;
    m.dataset = "un_votes";
    m.check = CheckVoteParams;
  }
}

}  // namespace entente
