// Scoring every dyad of the vote matrix over one mask.
#include "query/votes/votes_all_dyads.h"

#include <algorithm>

#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_record.h"
#include "query/votes/vote_scores.h"

namespace entente {

Result<std::vector<double>> MeasureOfEveryDyad(Workspace& ws, const VoteFilter& filter, const VoteMeasureInfo& measure,
                                               int64_t min_n) {
  if (measure.field == nullptr) return Status::Usage("only an agreement measure has a value for every dyad");
  Result<std::shared_ptr<const VoteMatrix>> opened = OpenVoteMatrix(ws);
  if (!opened.ok()) return opened.status();
  const VoteMatrix& m = **opened;
  ENTENTE_RETURN_IF_ERROR(ValidateFilter(filter, m));
  const RollCallMask mask = BuildMask(m, filter);
  std::vector<double> values;
  const size_t members = m.members().size();
  for (size_t a = 0; a < members; ++a) {
    for (size_t b = a + 1; b < members; ++b) {
      AgreementScores s = ScoreDyad(m, a, b, mask, filter);
      if (s.n < std::max<int64_t>(min_n, 1)) continue;
      if (std::optional<double> v = s.*(measure.field)) values.push_back(*v);
    }
  }
  std::sort(values.begin(), values.end());
  return values;
}

Result<std::map<int, std::vector<double>>> MeasureOfEveryDyadByYear(Workspace& ws, const VoteMeasureInfo& measure,
                                                                    int64_t min_n) {
  if (measure.field == nullptr) return Status::Usage("only an agreement measure has a value for every dyad");
  Result<std::shared_ptr<const VoteMatrix>> opened = OpenVoteMatrix(ws);
  if (!opened.ok()) return opened.status();
  const VoteMatrix& m = **opened;
  const VoteFilter filter;
  const RollCallMask mask = BuildMask(m, filter);
  const std::vector<PartialYear> partial = PartialYears(m);
  std::map<int, std::vector<double>> out;
  for (int year = m.first_year(); year <= m.last_year(); ++year) {
    const auto [begin, end] = m.YearRange(year);
    if (begin >= end || IsPartialYear(partial, year)) continue;
    std::vector<size_t> voting;  // members with a vote in the year
    for (size_t a = 0; a < m.members().size(); ++a) {
      if (m.ActiveYears(a).first <= year && year <= m.ActiveYears(a).second) voting.push_back(a);
    }
    std::vector<double> values;
    for (size_t i = 0; i < voting.size(); ++i) {
      for (size_t j = i + 1; j < voting.size(); ++j) {
        AgreementScores s = ScoreDyad(m, voting[i], voting[j], mask, filter, begin, end);
        if (s.n < std::max<int64_t>(min_n, 1)) continue;
        if (std::optional<double> v = s.*(measure.field)) values.push_back(*v);
      }
    }
    if (values.empty()) continue;
    std::sort(values.begin(), values.end());
    out.emplace(year, std::move(values));
  }
  return out;
}

}  // namespace entente
