// Ranking a state's voting partners.
#include "query/votes/votes_partners.h"

#include <algorithm>

#include <fmt/format.h>

#include "query/query_args.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_scores.h"

namespace entente {

Result<Answer> QueryVotesPartners(Workspace& ws, const VotesPartnersRequest& req) {
  Result<const Country*> a = ws.ResolveCountry(req.a);
  if (!a.ok()) return a.status();
  Result<MeasureList> measures = SelectMeasures({req.measure});
  if (!measures.ok()) return measures.status();
  const VoteMeasureInfo* measure = (*measures)[0];
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
    partners.push_back(Partner{c, s, s.*(measure->field)});
  }
  std::stable_sort(partners.begin(), partners.end(), [](const Partner& x, const Partner& y) {
    if (x.value.has_value() != y.value.has_value()) return x.value.has_value();
    if (x.value && *x.value != *y.value) return *x.value > *y.value;
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
    AppendScores(row, p.scores, *measures);
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
  UseVoteDatasets(ws, &answer);
  return answer;
}

}  // namespace entente
