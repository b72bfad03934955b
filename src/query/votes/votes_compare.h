// The compare query: one state's alignment with several others, side by side
// (Pakistan with China, the United States and India, say), as one long table.
#ifndef ENTENTE_QUERY_VOTES_VOTES_COMPARE_H_
#define ENTENTE_QUERY_VOTES_VOTES_COMPARE_H_

#include <string>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "query/votes/votes_dyad.h"
#include "query/workspace.h"

namespace entente {

struct VotesCompareRequest {
  std::string a;
  std::vector<std::string> with;
  VoteFilter filter;
  VoteGrouping by = VoteGrouping::kYear;
  std::vector<std::string> measures;
};

// The rows of the dyad query for (a, b) for each b in `with`, in that order.
Result<Answer> QueryVotesCompare(Workspace& ws, const VotesCompareRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTES_COMPARE_H_
