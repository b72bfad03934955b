// The partners query: with whom a state votes most and least alike.
#ifndef ENTENTE_QUERY_VOTES_VOTES_PARTNERS_H_
#define ENTENTE_QUERY_VOTES_VOTES_PARTNERS_H_

#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "query/votes/vote_filter.h"
#include "query/workspace.h"

namespace entente {

struct VotesPartnersRequest {
  std::string a;
  VoteFilter filter;
  std::string measure = "agree";
  int top = 0;      // the N most alike; with bottom = 0 too, every partner
  int bottom = 0;   // the N least alike
  int min_n = 10;   // partners sharing fewer counted roll calls are left out
};

// Columns: rank (1 = most alike), iso3, ccode, name, n, the measure. Ranks
// order by the measure (descending), ties by COW code; partners whose
// measure is missing are listed last without a rank.
Result<Answer> QueryVotesPartners(Workspace& ws, const VotesPartnersRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTES_PARTNERS_H_
