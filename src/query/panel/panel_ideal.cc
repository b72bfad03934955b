// The panel's ideal-point columns, on request only (`--with ideal`: it needs
// the fit of every session, as `entente ideal`): ideal1, ideal2, each state's
// static ideal point averaged over the sessions of the year's roll calls in
// which it has one, and ideal_distance, the mean over those sessions of
// |ideal1 - ideal2| (measures/ideal_distance.h), as `entente votes --by year
// --measure ideal_distance` gives it. Empty for a state without a position in
// any of the year's sessions (absent, or under the model's minimum of votes):
// a position is never 0 by default.
#include <map>
#include <set>

#include "measures/ideal_distance.h"
#include "query/ideal/ideal_dyad.h"
#include "query/ideal/ideal_query.h"
#include "query/panel/panel_sources.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {
namespace {

// Session -> COW code -> ideal point.
using SessionPositions = std::map<int, std::map<int, double>>;

class IdealPanel : public PanelSource {
 public:
  IdealPanel(PanelSourceInfo info, std::shared_ptr<const VoteMatrix> matrix, SessionPositions positions)
      : PanelSource(std::move(info)), matrix_(std::move(matrix)), positions_(std::move(positions)) {}
  void StartYear(const FrameYear& year) override {
    std::set<int> sessions;
    auto [begin, end] = matrix_->YearRange(year.year);
    for (size_t i = begin; i < end; ++i) sessions.insert(matrix_->roll_call(i).session);
    at_.assign(year.states.size(), {});
    mean_.assign(year.states.size(), std::nullopt);
    for (size_t k = 0; k < year.states.size(); ++k) {
      double sum = 0;
      int n = 0;
      for (int s : sessions) {
        std::optional<double> p;
        auto ses = positions_.find(s);
        if (ses != positions_.end()) {
          auto it = ses->second.find(year.states[k].value);
          if (it != ses->second.end()) p = it->second;
        }
        at_[k].push_back(p);
        if (p) {
          sum += *p;
          ++n;
        }
      }
      if (n > 0) mean_[k] = sum / n;
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    cells.push_back(OptionalCell(mean_[i]));
    cells.push_back(OptionalCell(mean_[j]));
    std::vector<DyadPositions> pairs;
    for (size_t s = 0; s < at_[i].size(); ++s) pairs.push_back(DyadPositions{at_[i][s], at_[j][s]});
    cells.push_back(OptionalCell(MeanIdealDistance(pairs)));
  }

 private:
  std::shared_ptr<const VoteMatrix> matrix_;
  SessionPositions positions_;
  std::vector<std::vector<std::optional<double>>> at_;  // per state, per session of the year
  std::vector<std::optional<double>> mean_;
};

}  // namespace

Result<PanelSourcePtr> OpenIdealPanel(Workspace& ws, const PanelLayout&) {
  Result<std::shared_ptr<const VoteMatrix>> matrix = OpenVoteMatrix(ws);
  if (!matrix.ok()) return matrix.status();
  const VoteMatrix& m = **matrix;
  SessionPositions positions;
  if (m.roll_call_count() > 0) {
    const int last_session = m.roll_call(m.roll_call_count() - 1).session;
    Result<std::shared_ptr<const IdealEstimates>> fit = StaticIdealFit(ws, last_session);
    if (!fit.ok()) return fit.status();
    if (const IdealEstimates* est = fit->get()) {
      for (size_t s = 0; s < est->data.sessions.size(); ++s) {
        const IrtSession& ses = est->data.sessions[s];
        for (size_t u = 0; u < ses.state.size(); ++u) positions[ses.session][ses.state[u]] = est->ideal[s][u];
      }
    }
  }
  PanelSourceInfo info{"ideal", {"ideal1", "ideal2", "ideal_distance"}, {"un_votes", "un_roll_calls"},
                       Period{m.first_year(), m.last_year()},
                       "ideal1, ideal2: static UN ideal points (as `entente ideal`) averaged over the year's "
                       "sessions; ideal_distance: mean |ideal1 - ideal2| over them; empty without a position"};
  return PanelSourcePtr(std::make_unique<IdealPanel>(std::move(info), *matrix, std::move(positions)));
}

}  // namespace entente
