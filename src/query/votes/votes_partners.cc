// Ranking a state's voting partners.
#include "query/votes/votes_partners.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "measures/ideal_distance.h"
#include "measures/ideal_points.h"
#include "query/ideal/ideal_dyad.h"
#include "query/ideal/ideal_query.h"
#include "query/query_args.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_scores.h"

namespace entente {
namespace {

// Each state's static ideal point in each session of the roll calls in
// `mask`, by COW code and session (the fit of `entente ideal`, kept in the
// workspace).
Result<std::map<int, std::map<int, double>>> SessionPositions(Workspace& ws, const VoteMatrix& m,
                                                              const RollCallMask& mask) {
  std::map<int, std::map<int, double>> out;
  std::set<int> sessions;
  for (size_t i = 0; i < m.roll_call_count(); ++i) {
    if ((mask.bits[i / 64] >> (i % 64) & 1) != 0) sessions.insert(m.roll_call(i).session);
  }
  if (sessions.empty()) return out;
  Result<std::shared_ptr<const IdealEstimates>> fit = StaticIdealFit(ws, *sessions.rbegin());
  if (!fit.ok()) return fit.status();
  if (!*fit) return out;
  const IdealEstimates& est = **fit;
  for (size_t s = 0; s < est.data.sessions.size(); ++s) {
    const IrtSession& session = est.data.sessions[s];
    if (sessions.count(session.session) == 0) continue;
    for (size_t u = 0; u < session.state.size(); ++u) out[session.state[u]][session.session] = est.ideal[s][u];
  }
  return out;
}

}  // namespace

Result<Answer> QueryVotesPartners(Workspace& ws, const VotesPartnersRequest& req) {
  Result<const Country*> a = ws.ResolveCountry(req.a);
  if (!a.ok()) return a.status();
  Result<MeasureList> measures = SelectMeasures({req.measure}, /*allow_ideal_distance=*/true);
  if (!measures.ok()) return measures.status();
  const VoteMeasureInfo* measure = (*measures)[0];
  // Ideal-point distance ranks the nearest first; the agreement measures the highest.
  const bool by_distance = measure->field == nullptr;
  if (req.top < 0 || req.bottom < 0 || req.min_n < 0) return Status::Usage("--top, --bottom and --min-n take counts >= 0");
  Result<std::shared_ptr<const VoteMatrix>> opened = OpenVoteMatrix(ws);
  if (!opened.ok()) return opened.status();
  const VoteMatrix& m = **opened;
  ENTENTE_RETURN_IF_ERROR(ValidateFilter(req.filter, m));
  Result<size_t> ia = VotingMember(m, **a);
  if (!ia.ok()) return ia.status();
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();

  RollCallMask mask = BuildMask(m, req.filter);
  Result<std::map<int, std::map<int, double>>> ideal =
      by_distance ? SessionPositions(ws, m, mask) : std::map<int, std::map<int, double>>{};
  if (!ideal.ok()) return ideal.status();
  std::set<int> sessions;
  for (const auto& [ccode, positions] : *ideal) {
    for (const auto& [session, x] : positions) sessions.insert(session);
  }
  const std::map<int, double>* own = nullptr;
  if (auto it = ideal->find((*a)->ccode.value); it != ideal->end()) own = &it->second;
  // Mean distance over the period's sessions in which both have a position.
  auto distance_to = [&](CowCode partner) -> std::optional<double> {
    auto it = ideal->find(partner.value);
    if (own == nullptr || it == ideal->end()) return std::nullopt;
    std::vector<DyadPositions> both;
    for (int s : sessions) {
      DyadPositions p;
      if (auto x = own->find(s); x != own->end()) p.a = x->second;
      if (auto y = it->second.find(s); y != it->second.end()) p.b = y->second;
      both.push_back(p);
    }
    return MeanIdealDistance(both);
  };
  struct Partner {
    const Country* country;
    AgreementScores scores;
    std::optional<double> value;
  };
  std::vector<Partner> partners;
  int too_few = 0;
  for (size_t j = 0; j < m.members().size(); ++j) {
    if (j == *ia) continue;
    AgreementScores s = ScoreDyad(m, *ia, j, mask, req.filter);
    if (s.n == 0) continue;
    if (s.n < req.min_n) {
      ++too_few;
      continue;
    }
    const Country* c = (*reg)->Find(m.members()[j]);
    partners.push_back(Partner{c, s, by_distance ? distance_to(c->ccode) : s.*(measure->field)});
  }
  std::stable_sort(partners.begin(), partners.end(), [by_distance](const Partner& x, const Partner& y) {
    if (x.value.has_value() != y.value.has_value()) return x.value.has_value();
    if (x.value && *x.value != *y.value) return by_distance ? *x.value < *y.value : *x.value > *y.value;
    return x.country->ccode < y.country->ccode;
  });
  size_t ranked = static_cast<size_t>(std::count_if(partners.begin(), partners.end(), [](const Partner& p) { return p.value.has_value(); }));

  Answer answer;
  answer.command = "votes partners";
  answer.title = fmt::format("Voting partners of {} in the UN General Assembly, {}, by {}", (*a)->name,
                             DescribePeriod(req.filter, m), measure->name);
  AddVoteFacts(answer, req.filter, m, *measures);
  answer.AddFact("min_n", req.min_n, "roll calls",
                 fmt::format("partners sharing fewer than {} counted roll calls are left out ({} were)", req.min_n,
                             too_few),
                 "the fewest counted roll calls a partner shares with the state to be listed",
                 fmt::format("{} partners left out", too_few));
  Table& t = answer.AddSection("partners", "Partners");
  // The partners' names and codes as they were at the end of the period.
  const int period_end = req.filter.years ? std::min(req.filter.years->to, m.last_year()) : m.last_year();
  t.AddColumn("rank", 0);
  AddStateColumns(t);
  t.AddColumn("name");
  AddScoreColumns(t, *measures);
  auto add = [&](size_t k) {
    const Partner& p = partners[k];
    std::vector<Cell> row{k < ranked ? Cell(static_cast<int64_t>(k + 1)) : Cell()};
    AppendStateCells(row, p.country, period_end);
    row.emplace_back(p.country->IdentityIn(period_end)->name);
    AppendScores(row, p.scores, *measures, p.value);
    t.AddRow(std::move(row));
  };
  if (req.top == 0 && req.bottom == 0) {
    for (size_t k = 0; k < partners.size(); ++k) add(k);
  } else {
    size_t top = std::min<size_t>(static_cast<size_t>(req.top), ranked);
    size_t bottom_from = ranked - std::min<size_t>(static_cast<size_t>(req.bottom), ranked);
    for (size_t k = 0; k < top; ++k) add(k);
    for (size_t k = std::max(top, bottom_from); k < ranked; ++k) add(k);
  }
  if (partners.empty() && too_few > 0) {
    answer.notes.push_back(fmt::format("every one of the {} states that share counted roll calls with {} shares "
                                       "fewer than --min-n {}; lower --min-n to see them", too_few, (*a)->Label(),
                                       req.min_n));
  } else if (partners.empty()) {
    answer.notes.push_back(fmt::format("{} shares no counted roll call with any state in {}", (*a)->Label(),
                                       DescribePeriod(req.filter, m)));
  }
  if (by_distance) {
    answer.notes.push_back(
        "ideal_distance: static ideal points (as `entente ideal`), in standard deviations of each session's "
        "positions, averaged over the sessions of the period's roll calls in which both states have a position; "
        "rank 1 is the nearest; the vote filters choose the roll calls of n and the sessions, not the positions");
  }
  UseVoteDatasets(ws, &answer);
  return answer;
}

}  // namespace entente
