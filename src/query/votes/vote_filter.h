// VoteFilter: which roll calls a vote query counts, and how distance is
// measured. Turns the user's filters into a bit mask over the VoteMatrix's
// roll calls and into the words that describe them in every answer.
#ifndef ENTENTE_QUERY_VOTES_VOTE_FILTER_H_
#define ENTENTE_QUERY_VOTES_VOTE_FILTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/period.h"
#include "core/status.h"
#include "data/vote_matrix.h"
#include "measures/vote_agreement.h"

namespace entente {

struct VoteFilter {
  std::optional<Period> years;                   // calendar years of the roll calls' dates
  std::optional<std::pair<int, int>> sessions;   // General Assembly sessions, inclusive
  uint8_t issues = 0;                            // any of these UnIssue bits; 0 = all
  bool important_only = false;                   // importantvote = 1 (NA excluded)
  bool exclude_amendments = false;               // drop amend = 1 (NA kept)
  bool exclude_paragraphs = false;               // drop para = 1 (NA kept)
  bool exclude_unanimous = false;                // drop roll calls where every vote cast was the same
  bool yes_no_only = false;                      // count only roll calls where both voted yes or no
  Distance distance = Distance::kAbsolute;
};

struct RollCallMask {
  std::vector<uint64_t> bits;
  size_t count = 0;  // roll calls selected
};

// Parses "nu,hr" into UnIssue bits; a usage error names an unknown code.
Result<uint8_t> ParseIssueCodes(const std::string& codes);
// Parses "26-72" or "40" into a session range.
Result<std::pair<int, int>> ParseSessions(const std::string& text);

// Checks the filter against the data: inverted years or sessions, and a
// period with no roll call at all, are usage errors naming the data's years.
Status ValidateFilter(const VoteFilter& filter, const VoteMatrix& matrix);

RollCallMask BuildMask(const VoteMatrix& matrix, const VoteFilter& filter);
// The same mask restricted to roll calls [begin, end).
RollCallMask RestrictMask(const RollCallMask& mask, size_t begin, size_t end);

// "1971-2017", "sessions 26-72" or "1946-2019 (all roll calls)".
std::string DescribePeriod(const VoteFilter& filter, const VoteMatrix& matrix);
// The filters in words: "issues: nu, hr; important votes only; ...", or "none".
std::string DescribeFilters(const VoteFilter& filter);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTE_FILTER_H_
