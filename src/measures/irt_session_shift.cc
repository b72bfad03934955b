// The session-shift Newton step: gradient and Hessian over the shared votes
// and the priors, elimination of the shared items, a dense solve per call.
#include "measures/irt_session_shift.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Dense>

#include "measures/truncated_normal.h"

namespace entente::irt_internal {
namespace {

// Log probability of the shared votes: the only votes a shift changes.
double SharedLogLikelihood(const IrtState& st, const SessionShifts& sh, const IrtFit& f) {
  double lp = 0;
  for (uint32_t k : sh.shared_votes) {
    const IrtVote& v = st.votes[k];
    const IrtItem& it = f.item[v.item];
    lp += OrdinalVoteMoments(v.choice, it.a + it.b * f.x[v.unit], std::sqrt(it.s2), true).log_p;
  }
  return lp;
}

}  // namespace

SessionShifts PrepareSessionShifts(const IrtProblem& pr, const IrtState& st) {
  SessionShifts sh;
  if (pr.session.empty()) return sh;
  for (int32_t g : pr.session) sh.sessions = std::max(sh.sessions, g + 1);
  if (sh.sessions < 2) return SessionShifts{};
  sh.item_session.assign(pr.items, -2);
  for (const IrtVote& v : st.votes) {
    int32_t& is = sh.item_session[v.item];
    const int32_t g = pr.session[v.unit];
    is = is == -2 || is == g ? g : -1;
  }
  for (size_t k = 0; k < st.votes.size(); ++k) {
    if (sh.item_session[st.votes[k].item] == -1) sh.shared_votes.push_back(static_cast<uint32_t>(k));
  }
  // One coupling per (shared item, session voting on it), grouped by item.
  std::vector<std::vector<int32_t>> sessions_of(pr.items);
  for (uint32_t k : sh.shared_votes) {
    std::vector<int32_t>& list = sessions_of[st.votes[k].item];
    const int32_t g = pr.session[st.votes[k].unit];
    if (std::find(list.begin(), list.end(), g) == list.end()) list.push_back(g);
  }
  sh.item_couplings.assign(pr.items + 1, 0);
  for (size_t j = 0; j < pr.items; ++j) {
    sh.item_couplings[j + 1] = sh.item_couplings[j] + static_cast<uint32_t>(sessions_of[j].size());
    for (int32_t g : sessions_of[j]) sh.couplings.push_back(SessionCoupling{g, 0, 0});
  }
  for (uint32_t k : sh.shared_votes) {
    const IrtVote& v = st.votes[k];
    uint32_t c = sh.item_couplings[v.item];
    while (sh.couplings[c].session != pr.session[v.unit]) ++c;
    sh.vote_coupling.push_back(c);
  }
  sh.terms.assign(pr.items, SharedItemTerms{});
  return sh;
}

void ShiftSessions(const IrtProblem& pr, const IrtState& st, SessionShifts& sh, IrtFit* fit, IrtFit* scratch) {
  if (sh.sessions < 2) return;
  const int32_t n = sh.sessions;
  Eigen::MatrixXd h = Eigen::MatrixXd::Zero(n, n);  // minus the Hessian in the shifts
  Eigen::VectorXd grad = Eigen::VectorXd::Zero(n);
  std::fill(sh.terms.begin(), sh.terms.end(), SharedItemTerms{});
  for (SessionCoupling& c : sh.couplings) c.ha = c.hb = 0;
  double before = LogPrior(pr, st, *fit);
  // Shared votes: eta moves by b m (the session's shift) + da + db x.
  for (size_t i = 0; i < sh.shared_votes.size(); ++i) {
    const IrtVote& v = st.votes[sh.shared_votes[i]];
    const IrtItem& it = fit->item[v.item];
    const double x = fit->x[v.unit], eta = it.a + it.b * x;
    const TruncatedMoments m = OrdinalVoteMoments(v.choice, eta, std::sqrt(it.s2), true);
    before += m.log_p;
    const double gk = (m.mean - eta) / it.s2, ck = (it.s2 - m.var) / (it.s2 * it.s2);
    const int32_t g = pr.session[v.unit];
    grad[g] += it.b * gk;
    h(g, g) += it.b * it.b * ck;
    SharedItemTerms& j = sh.terms[v.item];
    j.ga += gk, j.gb += gk * x, j.haa += ck, j.hab += ck * x, j.hbb += ck * x * x;
    SessionCoupling& c = sh.couplings[sh.vote_coupling[i]];
    c.ha += ck * it.b, c.hb += ck * it.b * x;
  }
  // Position priors: each unit's own N(0, 1), the links between sessions.
  for (size_t u = 0; u < pr.units; ++u) {
    const int32_t g = pr.session[u];
    const WalkLink& l = st.link[u];
    grad[g] -= l.q * fit->x[u];
    h(g, g) += l.q;
    if (!(l.w > 0)) continue;
    const int32_t gp = pr.session[pr.prev[u]];
    const double e = fit->x[u] - l.r * fit->x[pr.prev[u]];
    grad[g] -= l.w * e, grad[gp] += l.w * l.r * e;
    h(g, g) += l.w, h(gp, gp) += l.w * l.r * l.r, h(g, gp) -= l.w * l.r, h(gp, g) -= l.w * l.r;
  }
  // Item priors: a session's own items move by a -> a - b m; shared ones by (da, db).
  const double p = 1.0 / kItemPriorVar;
  for (size_t j = 0; j < pr.items; ++j) {
    const IrtItem& it = fit->item[j];
    const int32_t g = sh.item_session[j];
    if (g >= 0) {
      grad[g] += p * it.b * it.a;
      h(g, g) += p * it.b * it.b;
    } else if (g == -1) {
      SharedItemTerms& s = sh.terms[j];
      s.ga -= p * it.a, s.gb -= p * it.b, s.haa += p, s.hbb += p;
    }
  }
  // Eliminate the shared items: the Schur complement in the shifts.
  for (size_t j = 0; j < pr.items; ++j) {
    if (sh.item_session[j] != -1) continue;
    const SharedItemTerms& s = sh.terms[j];
    const double det = s.haa * s.hbb - s.hab * s.hab;
    if (!(det > 0)) continue;
    const double iaa = s.hbb / det, iab = -s.hab / det, ibb = s.haa / det;
    for (uint32_t i1 = sh.item_couplings[j]; i1 < sh.item_couplings[j + 1]; ++i1) {
      const SessionCoupling& c1 = sh.couplings[i1];
      const double ta = iaa * c1.ha + iab * c1.hb, tb = iab * c1.ha + ibb * c1.hb;
      grad[c1.session] -= ta * s.ga + tb * s.gb;
      for (uint32_t i2 = sh.item_couplings[j]; i2 < sh.item_couplings[j + 1]; ++i2) {
        const SessionCoupling& c2 = sh.couplings[i2];
        h(c2.session, c1.session) -= c2.ha * ta + c2.hb * tb;
      }
    }
  }
  Eigen::VectorXd m = h.ldlt().solve(grad);
  if (!m.allFinite()) return;
  double scale = 1.0;
  for (int half = 0; half < 6; ++half, m *= 0.5, scale *= 0.5) {
    *scratch = *fit;
    for (size_t u = 0; u < pr.units; ++u) scratch->x[u] += m[pr.session[u]];
    for (size_t j = 0; j < pr.items; ++j) {
      IrtItem& it = scratch->item[j];
      const int32_t g = sh.item_session[j];
      if (g >= 0) {
        it.a -= it.b * m[g];
      } else if (g == -1) {
        // Back-substitution: the item's step given the sessions' shifts.
        const SharedItemTerms& s = sh.terms[j];
        const double det = s.haa * s.hbb - s.hab * s.hab;
        if (!(det > 0)) continue;
        double ra = scale * s.ga, rb = scale * s.gb;
        for (uint32_t i = sh.item_couplings[j]; i < sh.item_couplings[j + 1]; ++i) {
          ra -= sh.couplings[i].ha * m[sh.couplings[i].session], rb -= sh.couplings[i].hb * m[sh.couplings[i].session];
        }
        it.a += (s.hbb * ra - s.hab * rb) / det;
        it.b += (s.haa * rb - s.hab * ra) / det;
      }
    }
    if (SharedLogLikelihood(st, sh, *scratch) + LogPrior(pr, st, *scratch) >= before) {
      std::swap(*fit, *scratch);
      return;
    }
  }
}

}  // namespace entente::irt_internal
