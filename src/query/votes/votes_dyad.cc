// The dyad vote query.
#include "query/votes/votes_dyad.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "query/ideal/ideal_dyad.h"
#include "query/query_args.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_record.h"
#include "query/votes/vote_scores.h"

namespace entente {

namespace {

struct DyadStates {
  const Country* a;
  const Country* b;
};

// The two states of a request: known, and not the same one.
Result<DyadStates> ResolveDyad(Workspace& ws, const VotesDyadRequest& req) {
  Result<const Country*> a = ws.ResolveCountry(req.a);
  if (!a.ok()) return a.status();
  Result<const Country*> b = ws.ResolveCountry(req.b);
  if (!b.ok()) return b.status();
  if (*a == *b) return Status::Usage(fmt::format("votes: give two different states (got {} twice)", (*a)->Label()));
  return DyadStates{*a, *b};
}

// The vote matrix, checked against the request's filter, and the two states' rows in it.
struct DyadInMatrix {
  std::shared_ptr<const VoteMatrix> matrix;
  size_t ia = 0, ib = 0;
};

Result<DyadInMatrix> OpenDyad(Workspace& ws, const VotesDyadRequest& req, const DyadStates& states) {
  Result<std::shared_ptr<const VoteMatrix>> opened = OpenVoteMatrix(ws);
  if (!opened.ok()) return opened.status();
  ENTENTE_RETURN_IF_ERROR(ValidateFilter(req.filter, **opened));
  Result<size_t> ia = VotingMember(**opened, *states.a);
  if (!ia.ok()) return ia.status();
  Result<size_t> ib = VotingMember(**opened, *states.b);
  if (!ib.ok()) return ib.status();
  return DyadInMatrix{*opened, *ia, *ib};
}

}  // namespace

Result<Answer> QueryVotesDyad(Workspace& ws, const VotesDyadRequest& req) {
  Result<DyadStates> states = ResolveDyad(ws, req);
  if (!states.ok()) return states.status();
  Result<MeasureList> measures = SelectMeasures(req.measures, true);
  if (!measures.ok()) return measures.status();
  Result<DyadInMatrix> dyad = OpenDyad(ws, req, *states);
  if (!dyad.ok()) return dyad.status();
  const VoteMatrix& m = *dyad->matrix;
  const Country* a = states->a;
  const Country* b = states->b;
  const size_t ia = dyad->ia, ib = dyad->ib;

  RollCallMask mask = BuildMask(m, req.filter);
  auto masked = [&](size_t i) { return (mask.bits[i / 64] >> (i % 64) & 1) != 0; };
  // The sessions of the selected roll calls in positions [begin, end).
  auto sessions_in = [&](size_t begin, size_t end) {
    std::set<int> out;
    for (size_t i = begin; i < end; ++i) {
      if (masked(i)) out.insert(m.roll_call(i).session);
    }
    return out;
  };
  const bool want_ideal = std::any_of(measures->begin(), measures->end(),
                                      [](const VoteMeasureInfo* info) { return info->field == nullptr; });
  std::map<int, DyadPositions> ideal;
  if (want_ideal) {
    if (req.by == VoteGrouping::kIssue) {
      return Status::Usage("--measure ideal_distance has no value by issue: ideal points are estimated from all "
                           "contested roll calls of a session; use --by total, year or session");
    }
    std::set<int> all = sessions_in(0, m.roll_call_count());
    if (!all.empty()) {
      Result<std::map<int, DyadPositions>> p = DyadIdealPositions(ws, a->ccode, b->ccode, *all.rbegin());
      if (!p.ok()) return p.status();
      ideal = std::move(p.value());
    }
  }
  auto distance = [&](const std::set<int>& sessions) -> std::optional<double> {
    if (!want_ideal) return std::nullopt;
    return MeanIdealDistance(PositionsOf(ideal, sessions));
  };
  Answer answer;
  answer.command = "votes";
  answer.title = fmt::format("UN General Assembly voting alignment: {} and {}, {}", a->name, b->name,
                             DescribePeriod(req.filter, m));
  // The roll calls both cast a vote on in the period and filters, whatever the grouping.
  AddVoteFacts(answer, req.filter, m, *measures, ScoreDyad(m, ia, ib, mask, req.filter).n);
  Table& t = answer.AddSection("votes", "Alignment");
  AddStateColumns(t, "1");
  AddStateColumns(t, "2");
  // The states' codes as they were in `year` (the first of a session, the
  // last of a pooled period).
  auto dyad_cells = [&](int year) {
    std::vector<Cell> row;
    AppendStateCells(row, a, year);
    AppendStateCells(row, b, year);
    return row;
  };
  const int period_end = req.filter.years ? std::min(req.filter.years->to, m.last_year()) : m.last_year();
  int64_t total_n = 0;
  switch (req.by) {
    case VoteGrouping::kTotal: {
      t.AddColumn("from", 0);
      t.AddColumn("to", 0);
      AddScoreColumns(t, *measures);
      AgreementScores s = ScoreDyad(m, ia, ib, mask, req.filter);
      // The years actually spanned by the selected roll calls.
      int from = 0, to = 0;
      for (size_t i = 0; i < m.roll_call_count(); ++i) {
        if (masked(i)) {
          if (from == 0) from = m.roll_call(i).date.year;
          to = m.roll_call(i).date.year;
        }
      }
      std::vector<Cell> row = dyad_cells(to ? to : period_end);
      row.push_back(from ? Cell(int64_t{from}) : Cell());
      row.push_back(to ? Cell(int64_t{to}) : Cell());
      AppendScores(row, s, *measures, distance(sessions_in(0, m.roll_call_count())));
      t.AddRow(std::move(row));
      total_n = s.n;
      break;
    }
    case VoteGrouping::kYear: {
      t.AddColumn("year", 0);
      AddScoreColumns(t, *measures);
      t.AddColumn("partial_year", 0);
      const std::vector<PartialYear> partial = PartialYears(m);
      std::optional<Period> shown;  // the years with a row
      for (int y = m.first_year(); y <= m.last_year(); ++y) {
        auto [begin, end] = m.YearRange(y);
        if (begin == end) continue;
        if (req.filter.years && !req.filter.years->Contains(y)) continue;
        AgreementScores s = ScoreDyad(m, ia, ib, mask, req.filter, begin, end);
        if (s.n == 0) continue;
        std::vector<Cell> row = dyad_cells(y);
        row.emplace_back(int64_t{y});
        AppendScores(row, s, *measures, distance(sessions_in(begin, end)));
        row.emplace_back(int64_t{IsPartialYear(partial, y) ? 1 : 0});
        t.AddRow(std::move(row));
        total_n += s.n;
        shown = shown ? Period{shown->from, y} : Period{y, y};
      }
      if (shown) {
        std::string note = PartialYearsNote(partial, shown);
        if (!note.empty()) answer.notes.push_back(std::move(note));
      }
      break;
    }
    case VoteGrouping::kSession: {
      t.AddColumn("session", 0);
      t.AddColumn("from", 0);
      t.AddColumn("to", 0);
      AddScoreColumns(t, *measures);
      std::map<int, std::pair<int, int>> years;
      std::map<int, RollCallMask> by_session;
      for (size_t i = 0; i < m.roll_call_count(); ++i) {
        if (!(mask.bits[i / 64] >> (i % 64) & 1)) continue;
        const RollCall& rc = m.roll_call(i);
        auto& sm = by_session[rc.session];
        if (sm.bits.empty()) sm.bits.assign(m.words(), 0);
        sm.bits[i / 64] |= uint64_t{1} << (i % 64);
        auto [it, fresh] = years.emplace(rc.session, std::make_pair(rc.date.year, rc.date.year));
        if (!fresh) it->second.second = std::max(it->second.second, rc.date.year);
      }
      for (const auto& [session, sm] : by_session) {
        AgreementScores s = ScoreDyad(m, ia, ib, sm, req.filter);
        if (s.n == 0) continue;
        std::vector<Cell> row = dyad_cells(years[session].first);
        row.emplace_back(int64_t{session});
        row.emplace_back(int64_t{years[session].first});
        row.emplace_back(int64_t{years[session].second});
        AppendScores(row, s, *measures, distance({session}));
        t.AddRow(std::move(row));
        total_n += s.n;
      }
      break;
    }
    case VoteGrouping::kIssue: {
      t.AddColumn("issue");
      t.AddColumn("issue_name");
      AddScoreColumns(t, *measures);
      for (const auto& info : UnIssues()) {
        if (req.filter.issues && !(req.filter.issues & UnIssueBit(info.issue))) continue;
        VoteFilter f = req.filter;
        f.issues = UnIssueBit(info.issue);
        AgreementScores s = ScoreDyad(m, ia, ib, BuildMask(m, f), req.filter);
        std::vector<Cell> row = dyad_cells(period_end);
        row.emplace_back(std::string(info.code));
        row.emplace_back(std::string(info.name));
        AppendScores(row, s, *measures);
        t.AddRow(std::move(row));
        total_n += s.n;
      }
      answer.notes.push_back("A roll call may carry several issue tags and then counts under each; roll calls "
                             "with no tag appear under none.");
      break;
    }
  }
  if (total_n == 0) answer.notes.push_back(NoOverlapReason(m, *a, *b, req.filter));
  Result<std::vector<std::string>> seats = SeatNotes(ws, m, req.filter.years, {a->ccode, b->ccode}, SeatNoteUse::kDyad);
  if (!seats.ok()) return seats.status();
  for (std::string& n : *seats) answer.notes.push_back(std::move(n));
  if (want_ideal) {
    answer.notes.push_back(
        "ideal_distance: static ideal points (as `entente ideal`), in standard deviations of each session's "
        "positions; a row averages the sessions of its roll calls (a calendar year may hold the end of one session "
        "and the start of the next); the vote filters apply to the other measures only");
  }
  UseVoteDatasets(ws, &answer);
  return answer;
}

Result<ChoiceTable> QueryDyadChoices(Workspace& ws, const VotesDyadRequest& req) {
  Result<DyadStates> states = ResolveDyad(ws, req);
  if (!states.ok()) return states.status();
  Result<DyadInMatrix> dyad = OpenDyad(ws, req, *states);
  if (!dyad.ok()) return dyad.status();
  const VoteMatrix& m = *dyad->matrix;
  return TabulateDyad(m, dyad->ia, dyad->ib, BuildMask(m, req.filter), req.filter, 0, m.roll_call_count());
}

}  // namespace entente
