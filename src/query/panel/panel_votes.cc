// The panel's UN General Assembly columns: un_n, the roll calls of the year
// on which both states cast yes, abstain or no, and the agreement measures of
// the vote queries over them (un_agree, un_ia, un_s, un_kappa, un_pi; see
// measures/vote_measure_registry.h). Inside the votes' years a dyad without
// a common roll call (a state absent, not yet a member of the UN, or whose
// seat another government held) has un_n 0 and empty measures. Years are the
// calendar years of the roll calls' dates; every roll call counts. The frame
// is the COW state system's, so a state that voted outside it (Ukraine and
// Belarus before 1991) has no row then; votes of a seat that passed to a
// state COW codes anew are that state's from its first day (data/un_votes.h),
// and the notes say so, and name partial years (query/votes/vote_record.h).
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_record.h"
#include "query/votes/vote_scores.h"

namespace entente {
namespace {

class VotesPanel : public PanelSource {
 public:
  VotesPanel(PanelSourceInfo info, std::shared_ptr<const VoteMatrix> matrix, MeasureList measures)
      : PanelSource(std::move(info)), matrix_(std::move(matrix)), measures_(std::move(measures)) {
    mask_ = BuildMask(*matrix_, filter_);
  }
  void StartYear(const FrameYear& year) override {
    const VoteMatrix& m = *matrix_;
    range_ = m.YearRange(year.year);
    member_.clear();
    for (CowCode c : year.states) {
      std::optional<size_t> idx = m.MemberIndex(c);
      bool voted = idx && m.ActiveYears(*idx).first <= year.year && year.year <= m.ActiveYears(*idx).second;
      member_.push_back(voted ? static_cast<int>(*idx) : -1);
    }
    grid_.Reset(year.states.size(), Slot{});
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    // The measures are symmetric: compute each pair once, in either order.
    Slot& slot = grid_.at(std::min(i, j), std::max(i, j));
    if (!slot.done) {
      slot.done = true;
      if (member_[i] >= 0 && member_[j] >= 0 && range_.first < range_.second) {
        slot.scores = ScoreDyad(*matrix_, static_cast<size_t>(member_[i]), static_cast<size_t>(member_[j]), mask_,
                                filter_, range_.first, range_.second);
      }
    }
    AppendScores(cells, slot.scores, measures_);
  }

 private:
  struct Slot {
    bool done = false;
    AgreementScores scores;
  };
  std::shared_ptr<const VoteMatrix> matrix_;
  MeasureList measures_;
  VoteFilter filter_;
  RollCallMask mask_;
  std::pair<size_t, size_t> range_;
  std::vector<int> member_;  // matrix index of each state of the year, -1 when it cast no vote that year
  DyadGrid<Slot> grid_;
};

}  // namespace

Result<PanelSourcePtr> OpenVotesPanel(Workspace& ws, const PanelLayout& layout) {
  Result<MeasureList> measures = SelectMeasures({});
  if (!measures.ok()) return measures.status();
  Result<std::shared_ptr<const VoteMatrix>> matrix = OpenVoteMatrix(ws);
  if (!matrix.ok()) return matrix.status();
  PanelSourceInfo info{"votes", {"un_n"}, {"un_votes", "un_roll_calls", "un_roll_call_issues"},
                       Period{(*matrix)->first_year(), (*matrix)->last_year()},
                       "un_n: roll calls of the year on which both voted; un_*: agreement over them (empty when "
                       "un_n is 0)"};
  for (const VoteMeasureInfo* m : *measures) info.columns.push_back(std::string("un_") + m->name);
  auto source = std::make_unique<VotesPanel>(std::move(info), *matrix, *measures);
  if (layout.years) {
    Result<std::vector<std::string>> seats = SeatNotes(ws, **matrix, layout.years, {}, SeatNoteUse::kDyadYears);
    if (!seats.ok()) return seats.status();
    for (std::string& n : *seats) source->AddNote("un_*: " + n);
    std::string partial = PartialYearsNote(PartialYears(**matrix), layout.years, false);
    if (!partial.empty()) source->AddNote("un_*: " + partial);
  }
  return PanelSourcePtr(std::move(source));
}

}  // namespace entente
