// The vote filter that the vote options describe.
#include "query/votes/vote_options.h"

#include <fmt/format.h>

namespace entente {

const std::map<std::string, VoteGrouping>& VoteGroupingNames() {
  static const std::map<std::string, VoteGrouping> names = {{"total", VoteGrouping::kTotal},
                                                            {"year", VoteGrouping::kYear},
                                                            {"session", VoteGrouping::kSession},
                                                            {"issue", VoteGrouping::kIssue}};
  return names;
}

const std::vector<std::string>& PartnerMeasureNames() {
  static const std::vector<std::string> names = {"agree", "ia", "s", "kappa", "pi", "ideal_distance"};
  return names;
}

Result<VoteFilter> MakeVoteFilter(const VoteOptions& o) {
  VoteFilter f;
  if (!o.sessions.empty() && (o.from || o.to)) {
    return Status::Usage("give either --sessions or --from/--to, not both");
  }
  if (o.from || o.to) {
    f.years = Period{o.from.value_or(1900), o.to.value_or(2100)};
    if (f.years->from > f.years->to) {
      return Status::Usage(fmt::format("--from {} is after --to {}", f.years->from, f.years->to));
    }
  }
  if (!o.sessions.empty()) {
    Result<std::pair<int, int>> s = ParseSessions(o.sessions);
    if (!s.ok()) return s.status();
    f.sessions = *s;
  }
  if (!o.issues.empty()) {
    Result<uint8_t> bits = ParseIssueCodes(o.issues);
    if (!bits.ok()) return bits.status();
    f.issues = *bits;
  }
  f.important_only = o.important;
  f.exclude_amendments = o.exclude_amendments;
  f.exclude_paragraphs = o.exclude_paragraphs;
  f.exclude_unanimous = o.exclude_unanimous;
  f.yes_no_only = o.yes_no_only;
  f.distance = o.squared ? Distance::kSquared : Distance::kAbsolute;
  return f;
}

}  // namespace entente
