// Militarised disputes of a dyad.
#include "query/relations/dispute_query.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "data/cow_mid.h"

namespace entente {

Result<Answer> DisputeQuery(Workspace& ws, const DyadRequest& request) {
  auto pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  const Country& a = *pair->first;
  const Country& b = *pair->second;
  Answer answer;
  answer.command = "disputes";
  answer.title = fmt::format("Militarised interstate disputes between {} and {} (COW MID)", a.name, b.name);
  answer.AddFact("definition", "hostility level: 1 no militarised action, 2 threat to use force, 3 display of force, "
                               "4 use of force, 5 war; side A took the first militarised action");
  Result<Period> period = CoveredYears(ws, "cow_mid", request.years, &answer);
  if (!period.ok()) return period.status();
  auto path = ws.DatasetPath("cow_mid");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<MidDyadYear>>("cow_mid", [&] { return LoadCowMid(*path); });
  if (!rows.ok()) return rows.status();

  // The window selects the disputes that were under way in it, by their
  // dispute-years; a dispute's own first and last year come from all of its
  // years, so that a window never rewrites when a dispute began or ended.
  std::vector<const MidDyadYear*> found;
  for (const MidDyadYear& r : **rows) {
    if (r.ccode1 == a.ccode && r.ccode2 == b.ccode && period->Contains(r.year)) found.push_back(&r);
  }
  if (found.empty()) {
    answer.no_rows = fmt::format("no militarised dispute between {} and {} in {} (COW MID)", a.Label(),
                                        b.Label(), period->ToString());
  }
  std::sort(found.begin(), found.end(), [](const auto* x, const auto* y) {
    return x->year != y->year ? x->year < y->year : x->dispnum < y->dispnum;
  });
  struct Summary {
    int from = 0, to = 0;
    const MidDyadYear* first = nullptr;
  };
  std::map<int, Summary> disputes;
  for (const MidDyadYear* r : found) disputes[r->dispnum];
  for (const MidDyadYear& r : **rows) {
    if (r.ccode1 != a.ccode || r.ccode2 != b.ccode) continue;
    auto it = disputes.find(r.dispnum);
    if (it == disputes.end()) continue;
    Summary& s = it->second;
    if (s.first == nullptr || r.year < s.first->year) s.first = &r;
    s.from = s.first->year;
    s.to = std::max(s.to, r.year);
  }
  std::vector<std::pair<int, Summary>> ordered(disputes.begin(), disputes.end());
  std::sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) {
    return x.second.from != y.second.from ? x.second.from < y.second.from : x.first < y.first;
  });
  Table& d = answer.AddSection("disputes", "Disputes");
  for (const char* col : {"dispnum", "from", "to"}) d.AddColumn(col);
  AddRoleColumns(d, "sidea");
  for (const char* col : {"hostlev", "hostility", "fatality"}) d.AddColumn(col);
  int wars = 0;
  for (const auto& [num, s] : ordered) {
    const Country& side_a = s.first->side_a1 ? a : b;
    const MidDyadYear& r = *s.first;
    std::vector<Cell> row{Cell(int64_t{num}), Cell(int64_t{s.from}), Cell(int64_t{s.to})};
    AppendStateCells(row, &side_a, s.from);
    row.emplace_back(int64_t{r.hostlev});
    row.emplace_back(std::string(HostilityLabel(r.hostlev)));
    row.push_back(r.fatality ? Cell(std::string(FatalityLabel(*r.fatality))) : Cell());
    d.AddRow(std::move(row));
    wars += r.hostlev == 5 ? 1 : 0;
  }
  Table& y = answer.AddSection("years", "Dispute-years");
  for (const char* col : {"dispnum", "year", "onset"}) y.AddColumn(col);
  AddStateColumns(y, "1");
  AddStateColumns(y, "2");
  for (const char* col : {"hostlev1", "hostlev2", "hiact1", "hiact2", "orig1", "orig2"}) y.AddColumn(col);
  for (const MidDyadYear* r : found) {
    std::vector<Cell> row{Cell(int64_t{r->dispnum}), Cell(int64_t{r->year}), Cell(int64_t{r->onset ? 1 : 0})};
    AppendStateCells(row, &a, r->year);
    AppendStateCells(row, &b, r->year);
    for (int64_t v : {int64_t{r->hostlev1}, int64_t{r->hostlev2}, int64_t{r->hiact1}, int64_t{r->hiact2},
                      int64_t{r->orig1 ? 1 : 0}, int64_t{r->orig2 ? 1 : 0}}) {
      row.emplace_back(v);
    }
    y.AddRow(std::move(row));
  }
  answer.AddFact("disputes", static_cast<double>(ordered.size()), "disputes",
                 fmt::format("{} ({} reaching war)", ordered.size(), wars), "",
                 fmt::format("{}; {} of them reaching war", period->ToString(), wars));
  answer.notes.push_back("fatality is the dispute's fatality level over all its participants; empty when COW codes it "
                         "unknown (-9)");
  std::vector<std::string> beyond;
  for (const auto& [num, sm] : ordered) {
    if (sm.from < period->from || sm.to > period->to) beyond.push_back(fmt::format("{} ({}-{})", num, sm.from, sm.to));
  }
  if (!beyond.empty()) {
    answer.notes.push_back(fmt::format("the period {} selects the disputes under way in it; from and to are each "
                                       "dispute's own years for the pair, and {} ran beyond the period: {}; the "
                                       "dispute-years table keeps the period's years",
                                       period->ToString(), beyond.size() == 1 ? "one" : "some",
                                       fmt::join(beyond, ", ")));
  }
  answer.UseDataset(ws.Ref("cow_mid"));
  return answer;
}

}  // namespace entente
