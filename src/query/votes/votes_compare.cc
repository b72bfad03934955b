// Several dyads of one state, stacked.
#include "query/votes/votes_compare.h"

#include <algorithm>

#include <fmt/format.h>

namespace entente {

Result<Answer> QueryVotesCompare(Workspace& ws, const VotesCompareRequest& req) {
  if (req.with.empty()) return Status::Usage("votes compare: --with needs one or more states, e.g. --with CHN,USA,IND");
  Result<const Country*> a = ws.ResolveCountry(req.a);
  if (!a.ok()) return a.status();
  Answer answer;
  std::vector<std::string> names;
  for (const std::string& b : req.with) {
    Result<Answer> one = QueryVotesDyad(ws, VotesDyadRequest{req.a, b, req.filter, req.by, req.measures});
    if (!one.ok()) return one.status();
    if (answer.sections.empty()) {
      answer = *one;
      answer.sections[0].table.rows.clear();
      answer.notes.clear();
    }
    for (auto& row : one->sections[0].table.rows) answer.sections[0].table.AddRow(std::move(row));
    for (auto& n : one->notes) {
      if (std::find(answer.notes.begin(), answer.notes.end(), n) == answer.notes.end()) answer.notes.push_back(n);
    }
    Result<const Country*> bc = ws.ResolveCountry(b);
    names.push_back(bc.ok() ? (*bc)->name : b);
  }
  answer.command = "votes compare";
  answer.title = fmt::format("UN General Assembly voting alignment of {} with {}, {}", (*a)->name,
                             fmt::join(names, ", "), answer.facts.empty() ? "" : answer.facts[0].text);
  return answer;
}

}  // namespace entente
