// Shared pieces of the vote queries: choosing measures, computing one dyad's
// scores over a mask, laying scores out as columns, and the facts that tell a
// reader which measure, period and filters produced a number.
#ifndef ENTENTE_QUERY_VOTES_VOTE_SCORES_H_
#define ENTENTE_QUERY_VOTES_VOTE_SCORES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/country.h"
#include "core/status.h"
#include "data/vote_matrix.h"
#include "measures/vote_agreement.h"
#include "measures/vote_measure_registry.h"
#include "query/votes/vote_filter.h"

namespace entente {

using MeasureList = std::vector<const VoteMeasureInfo*>;

// The measures named (all agreement measures when `names` is empty); a usage
// error names an unknown one and lists the known. ideal_distance is accepted
// only with `allow_ideal_distance` (the dyad, partners and compare queries), never by default.
Result<MeasureList> SelectMeasures(const std::vector<std::string>& names, bool allow_ideal_distance);
inline Result<MeasureList> SelectMeasures(const std::vector<std::string>& names) {
  return SelectMeasures(names, false);
}

// How members a and b (VoteMatrix indices) voted against each other over the
// roll calls in `mask` within positions [begin, end), honouring yes_no_only.
ChoiceTable TabulateDyad(const VoteMatrix& m, size_t a, size_t b, const RollCallMask& mask, const VoteFilter& f,
                         size_t begin, size_t end);

// Scores of members a and b (VoteMatrix indices) over the roll calls in
// `mask` within positions [begin, end), honouring yes_no_only and distance.
AgreementScores ScoreDyad(const VoteMatrix& m, size_t a, size_t b, const RollCallMask& mask, const VoteFilter& f,
                          size_t begin, size_t end);
inline AgreementScores ScoreDyad(const VoteMatrix& m, size_t a, size_t b, const RollCallMask& mask,
                                 const VoteFilter& f) {
  return ScoreDyad(m, a, b, mask, f, 0, m.roll_call_count());
}

void AddScoreColumns(Table& table, const MeasureList& measures);
// `ideal_distance` fills the ideal_distance column, when it was selected.
void AppendScores(std::vector<Cell>& row, const AgreementScores& scores, const MeasureList& measures,
                  std::optional<double> ideal_distance = std::nullopt);

// Facts: measure names with definitions, period, filters, "absence is not a vote".
// With `n` (one dyad's roll calls in the period and filters), the n fact
// carries that count as its value.
void AddVoteFacts(Answer& answer, const VoteFilter& filter, const VoteMatrix& matrix, const MeasureList& measures,
                  std::optional<int64_t> n = std::nullopt);

// Why two states share no counted roll call: each state's years of voting,
// or the filters, in one sentence.
std::string NoOverlapReason(const VoteMatrix& m, const Country& a, const Country& b, const VoteFilter& f);

// The member index of a state, or a usage error saying it never voted.
Result<size_t> VotingMember(const VoteMatrix& m, const Country& c);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTE_SCORES_H_
