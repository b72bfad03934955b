// Session-by-session fitting with warm starts and sign identification.
#include "measures/ideal_sessions.h"

#include <cmath>
#include <unordered_map>

namespace entente {

void Reflect(IrtFit* fit) {
  for (double& x : fit->x) x = -x;
  for (IrtItem& it : fit->item) it.b = -it.b;
}

std::optional<double> SessionCorrelation(const IrtSession& s1, const std::vector<double>& x1, const IrtSession& s2,
                                         const std::vector<double>& x2) {
  std::unordered_map<int, double> first;
  for (size_t u = 0; u < s1.state.size(); ++u) first[s1.state[u]] = x1[u];
  double n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
  for (size_t u = 0; u < s2.state.size(); ++u) {
    auto it = first.find(s2.state[u]);
    if (it == first.end()) continue;
    double a = it->second, b = x2[u];
    n += 1, sa += a, sb += b, saa += a * a, sbb += b * b, sab += a * b;
  }
  if (n < 3) return std::nullopt;
  double va = saa - sa * sa / n, vb = sbb - sb * sb / n;
  if (va <= 0 || vb <= 0) return std::nullopt;
  return (sab - sa * sb / n) / std::sqrt(va * vb);
}

std::vector<SessionFit> FitStaticSessions(const std::vector<IrtSession>& sessions, int anchor,
                                          const IrtControl& control, const std::function<void(size_t)>& progress) {
  std::vector<SessionFit> out;
  out.reserve(sessions.size());
  std::unordered_map<int, double> last;  // latest position of each state
  for (size_t s = 0; s < sessions.size(); ++s) {
    const IrtSession& ses = sessions[s];
    const IrtProblem& pr = ses.problem;
    IrtFit start;
    start.x.assign(pr.units, 0.0);
    start.item.assign(pr.items, IrtItem{});
    size_t common = 0;
    for (size_t u = 0; u < pr.units; ++u) {
      auto it = last.find(ses.state[u]);
      if (it != last.end()) start.x[u] = it->second, ++common;
    }
    SessionFit sf;
    if (common < kMinCommonStates) {
      start.x = PrincipalComponentStart(pr);
      sf.pca_start = true;
    }
    sf.fit = FitIrt(pr, std::move(start), control);
    bool flip = false;
    bool anchored = false;
    for (size_t u = 0; u < pr.units; ++u) {
      if (ses.state[u] == anchor) anchored = true, flip = sf.fit.x[u] < 0;
    }
    if (!anchored && s > 0) {
      std::optional<double> r = SessionCorrelation(sessions[s - 1], out.back().fit.x, ses, sf.fit.x);
      flip = r && *r < 0;
    }
    if (flip) Reflect(&sf.fit);
    if (s > 0) sf.continuity = SessionCorrelation(sessions[s - 1], out.back().fit.x, ses, sf.fit.x);
    for (size_t u = 0; u < pr.units; ++u) last[ses.state[u]] = sf.fit.x[u];
    out.push_back(std::move(sf));
    if (progress) progress(s + 1);
  }
  return out;
}

}  // namespace entente
