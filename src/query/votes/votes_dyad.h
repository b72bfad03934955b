// The dyad vote query: how alike two states vote in the General Assembly,
// pooled over the period or as a series by year, session or issue.
#ifndef ENTENTE_QUERY_VOTES_VOTES_DYAD_H_
#define ENTENTE_QUERY_VOTES_VOTES_DYAD_H_

#include <string>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "measures/choice_table.h"
#include "query/votes/vote_filter.h"
#include "query/workspace.h"

namespace entente {

enum class VoteGrouping { kTotal, kYear, kSession, kIssue };

struct VotesDyadRequest {
  std::string a;
  std::string b;
  VoteFilter filter;
  VoteGrouping by = VoteGrouping::kTotal;
  std::vector<std::string> measures;  // empty: all
};

// Columns: iso3_1, ccode1, iso3_2, ccode2, then from,to (total) or year,
// session or issue; n; the measures. Rows with n = 0 are kept with missing
// measures; a note says why when the whole period has no shared roll call.
Result<Answer> QueryVotesDyad(Workspace& ws, const VotesDyadRequest& request);

// How the two states voted against each other over the roll calls the
// request's filter selects, pooled (the table the total row's measures come
// from; `by` and `measures` are ignored). Errors as QueryVotesDyad's.
Result<ChoiceTable> QueryDyadChoices(Workspace& ws, const VotesDyadRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTES_DYAD_H_
