// A dyad's ideal points from the static session fits.
#include "query/ideal/ideal_dyad.h"

#include <memory>
#include <string>

#include "query/ideal/ideal_query.h"

namespace entente {

Result<std::shared_ptr<const IdealEstimates>> StaticIdealFit(Workspace& ws, int last_session) {
  Result<std::pair<int, int>> range = IdealSessionRange(ws, std::nullopt, std::make_pair(1, last_session));
  if (!range.ok()) return std::shared_ptr<const IdealEstimates>();  // no session with votes up to last_session
  // One fit per workspace and range, shared by every dyad asked about.
  std::string key = "ideal_static_" + std::to_string(range->first) + "-" + std::to_string(range->second);
  std::shared_ptr<const IdealEstimates> est = ws.Recall<IdealEstimates>(key);
  if (!est) {
    Result<IdealEstimates> fitted = EstimateIdealPoints(ws, IdealSpec{range->first, range->second, false, 0, 1, {}, true});
    if (!fitted.ok()) {
      if (fitted.status().code() == Status::Code::kUsage) return est;  // no contested roll call
      return fitted.status();
    }
    est = std::make_shared<const IdealEstimates>(std::move(fitted.value()));
    ws.Remember<IdealEstimates>(key, est);
  }
  return est;
}

Result<std::map<int, DyadPositions>> DyadIdealPositions(Workspace& ws, CowCode a, CowCode b, int last_session) {
  std::map<int, DyadPositions> out;
  Result<std::shared_ptr<const IdealEstimates>> fit = StaticIdealFit(ws, last_session);
  if (!fit.ok()) return fit.status();
  const std::shared_ptr<const IdealEstimates>& est = *fit;
  if (!est) return out;
  for (size_t s = 0; s < est->data.sessions.size(); ++s) {
    const IrtSession& ses = est->data.sessions[s];
    DyadPositions& p = out[ses.session];
    for (size_t u = 0; u < ses.state.size(); ++u) {
      if (ses.state[u] == a.value) p.a = est->ideal[s][u];
      if (ses.state[u] == b.value) p.b = est->ideal[s][u];
    }
  }
  return out;
}

std::vector<DyadPositions> PositionsOf(const std::map<int, DyadPositions>& positions, const std::set<int>& sessions) {
  std::vector<DyadPositions> out;
  for (int s : sessions) {
    auto it = positions.find(s);
    out.push_back(it == positions.end() ? DyadPositions{} : it->second);
  }
  return out;
}

}  // namespace entente
