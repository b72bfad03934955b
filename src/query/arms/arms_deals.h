// Deals of the SIPRI trade register, each with its deliveries summed over
// the years asked for: what was ordered, when, how many units arrived, in
// which years, and their TIV. Filters by supplier, recipient, years, armament
// category and text in the designation or description; a search term that
// matches nothing is reported, with why it may be absent.
#ifndef ENTENTE_QUERY_ARMS_ARMS_DEALS_H_
#define ENTENTE_QUERY_ARMS_ARMS_DEALS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "query/workspace.h"

namespace entente {

struct ArmsDealsRequest {
  std::optional<std::string> supplier;
  std::optional<std::string> recipient;
  std::optional<int> from;
  std::optional<int> to;
  std::optional<std::string> category;  // SIPRI's armament category, any case
  // A deal matches when any term matches its designation or description;
  // empty matches every deal.
  std::vector<std::string> search;
};

// Returns the answer; a usage error for an unknown state, category or bad
// period; not-found when no deal matches.
Result<Answer> ArmsDeals(Workspace& ws, const ArmsDealsRequest& request);

// Whether `term` occurs in `text` as whole words, ignoring case, accents and
// punctuation: "Type 054A" matches "Type-054A", "Wing Loong" matches
// "Wing Loong-2", "VT-4" does not match "VT-45". Both are NormalizeName'd.
bool MatchesWords(std::string_view normalized_text, std::string_view normalized_term);

}  // namespace entente

#endif  // ENTENTE_QUERY_ARMS_ARMS_DEALS_H_
