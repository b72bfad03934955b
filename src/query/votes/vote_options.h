// The vote filter options as typed (period or sessions, issues, the kinds of
// roll call left out, measures) and the filter they describe: what the
// `votes` commands and the server's vote routes share.
#ifndef ENTENTE_QUERY_VOTES_VOTE_OPTIONS_H_
#define ENTENTE_QUERY_VOTES_VOTE_OPTIONS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "query/votes/vote_filter.h"
#include "query/votes/votes_dyad.h"

namespace entente {

struct VoteOptions {
  std::optional<int> from;
  std::optional<int> to;
  std::string sessions;
  std::string issues;
  bool important = false;
  bool exclude_amendments = false;
  bool exclude_paragraphs = false;
  bool exclude_unanimous = false;
  bool yes_no_only = false;
  bool squared = false;
  std::vector<std::string> measures;
};

// The names of --by: total, year, session, issue.
const std::map<std::string, VoteGrouping>& VoteGroupingNames();
// The measures a partners ranking may use: agree, ia, s, kappa, pi.
const std::vector<std::string>& PartnerMeasureNames();

// The filter the options describe; a usage error for bad combinations
// (sessions and years together, from after to) and bad sessions or issues.
Result<VoteFilter> MakeVoteFilter(const VoteOptions& options);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTE_OPTIONS_H_
