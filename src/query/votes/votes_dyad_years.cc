// Streaming the dyad-year panel.
#include "query/votes/votes_dyad_years.h"

#include <fmt/format.h>

#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_record.h"
#include "query/votes/vote_scores.h"

namespace entente {

Result<DyadYearsQuery> DyadYearsQuery::Prepare(Workspace& ws, const DyadYearsRequest& req) {
  DyadYearsQuery q;
  q.request_ = req;
  Result<MeasureList> measures = SelectMeasures(req.measures);
  if (!measures.ok()) return measures.status();
  q.measures_ = *measures;
  Result<std::shared_ptr<const VoteMatrix>> opened = OpenVoteMatrix(ws);
  if (!opened.ok()) return opened.status();
  q.matrix_ = *opened;
  const VoteMatrix& m = *q.matrix_;
  ENTENTE_RETURN_IF_ERROR(ValidateFilter(req.filter, m));
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  for (CowCode c : m.members()) q.states_.push_back((*reg)->Find(c));
  q.partial_ = PartialYears(m);
  q.system_end_ = StateSystemEnd(**reg);

  Answer& h = q.header_;
  h.command = "votes dyadyears";
  h.title = fmt::format("UN General Assembly voting alignment, every dyad-year, {}", DescribePeriod(req.filter, m));
  AddVoteFacts(h, req.filter, m, q.measures_);
  h.AddFact("rows", "one per undirected dyad (ccode1 < ccode2) of members of the COW state system and calendar year "
                    "with n >= 1");
  h.AddFact("partial_year", "1 when no roll call of the year belongs to a session opened in it (the record holds "
                            "only the end of an earlier session), else 0");
  Table& t = h.AddSection("dyad_years", "Dyad-years");
  for (const char* c : {"ccode1", "ccode2", "year", "iso3_1", "iso3_2", "stateabb1", "stateabb2"}) t.AddColumn(c, 0);
  AddScoreColumns(t, q.measures_);
  t.AddColumn("partial_year", 0);
  Result<std::vector<std::string>> seats = SeatNotes(ws, m, req.filter.years, {}, SeatNoteUse::kDyadYears);
  if (!seats.ok()) return seats.status();
  for (std::string& n : *seats) h.notes.push_back(std::move(n));
  std::string partial = PartialYearsNote(q.partial_, req.filter.years);
  if (!partial.empty()) h.notes.push_back(std::move(partial));
  UseVoteDatasets(ws, &h);
  return q;
}

void DyadYearsQuery::Run(const RowCallback& row) const {
  const VoteMatrix& m = *matrix_;
  const VoteFilter& f = request_.filter;
  RollCallMask mask = BuildMask(m, f);
  std::vector<size_t> active;
  std::vector<Cell> cells;
  // Each state's ISO 3166 code and COW letters in the year (empty: none).
  std::vector<Cell> iso(states_.size()), abb(states_.size());
  auto text = [](const std::string& s) { return s.empty() ? Cell() : Cell(s); };
  for (int y = m.first_year(); y <= m.last_year(); ++y) {
    if (f.years && !f.years->Contains(y)) continue;
    auto [begin, end] = m.YearRange(y);
    if (begin == end) continue;
    // Only members of the state system that voted this year can form a
    // dyad-year.
    active.clear();
    for (size_t s = 0; s < m.members().size(); ++s) {
      auto [from, to] = m.ActiveYears(s);
      if (from <= y && y <= to && InStateSystem(*states_[s], y, system_end_)) {
        active.push_back(s);
        const CountryIdentity* id = states_[s]->IdentityIn(y);
        iso[s] = text(id->iso3);
        abb[s] = text(id->cow_letters);
      }
    }
    const int64_t partial = IsPartialYear(partial_, y) ? 1 : 0;
    for (size_t x = 0; x < active.size(); ++x) {
      for (size_t z = x + 1; z < active.size(); ++z) {
        AgreementScores s = ScoreDyad(m, active[x], active[z], mask, f, begin, end);
        if (s.n == 0) continue;
        cells.clear();
        cells.emplace_back(int64_t{m.members()[active[x]].value});
        cells.emplace_back(int64_t{m.members()[active[z]].value});
        cells.emplace_back(int64_t{y});
        cells.push_back(iso[active[x]]);
        cells.push_back(iso[active[z]]);
        cells.push_back(abb[active[x]]);
        cells.push_back(abb[active[z]]);
        AppendScores(cells, s, measures_);
        cells.emplace_back(partial);
        row(cells);
      }
    }
  }
}

}  // namespace entente
