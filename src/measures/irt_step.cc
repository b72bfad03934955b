// The ECME step: derivative passes over the votes, Newton steps of the
// positions and of the items, and the move along the likelihood's flat
// direction.
#include "measures/irt_step.h"

#include <algorithm>
#include <cmath>

#include "measures/truncated_normal.h"

namespace entente::irt_internal {
namespace {

std::vector<std::vector<uint32_t>> Chains(const IrtProblem& pr) {
  std::vector<std::vector<uint32_t>> chains;
  if (pr.prev.empty()) return chains;
  std::vector<int32_t> next(pr.units, -1);
  for (size_t u = 0; u < pr.units; ++u) {
    if (pr.prev[u] >= 0) next[pr.prev[u]] = static_cast<int32_t>(u);
  }
  for (size_t u = 0; u < pr.units; ++u) {
    if (pr.prev[u] >= 0) continue;
    chains.emplace_back();
    for (int32_t v = static_cast<int32_t>(u); v >= 0; v = next[v]) chains.back().push_back(static_cast<uint32_t>(v));
  }
  return chains;
}

// What a derivative pass collects: the positions' terms or the items'.
enum class Block { kPositions, kItems };

// The votes [begin, end) of one choice at the current parameters. Votes come
// in runs of one item, so an item's sums stay in registers over its run.
template <TruncatedMoments (*kMoments)(double, double, double, bool), Block kBlock, bool kWithLog>
double DerivativeRun(IrtState& st, const IrtFit& fit, size_t begin, size_t end) {
  double objective = 0;
  size_t k = begin;
  while (k < end) {
    const uint32_t j = st.votes[k].item;
    const IrtItem& it = fit.item[j];
    const double sd = st.sd[j], inv_sd = 1.0 / sd, w = st.w[j], inv_s2 = 1.0 / it.s2;
    ItemDerivatives acc;
    for (; k < end && st.votes[k].item == j; ++k) {
      const uint32_t u = st.votes[k].unit;
      const double x = fit.x[u], eta = it.a + it.b * x;
      const TruncatedMoments m = kMoments(eta, sd, inv_sd, kWithLog);
      if constexpr (kWithLog) objective += m.log_p;
      const double r = m.mean - eta;
      if constexpr (kBlock == Block::kPositions) {
        UnitDerivatives& t = st.unit_d[u];
        t.grad += w * r;
        t.info += w * (it.b - w * m.var);
      } else {
        const double c = (it.s2 - m.var) * inv_s2 * inv_s2;
        acc.r += r, acc.rx += r * x, acc.c += c, acc.cx += c * x, acc.cxx += c * x * x;
        acc.ss += m.var + r * r, acc.x += x, acc.xx += x * x;
      }
    }
    if constexpr (kBlock == Block::kItems) {
      ItemDerivatives& s = st.item_d[j];  // an item's votes fall in up to three runs
      s.r += acc.r, s.rx += acc.rx, s.c += acc.c, s.cx += acc.cx, s.cxx += acc.cxx;
      s.ss += acc.ss, s.x += acc.x, s.xx += acc.xx;
    }
  }
  return objective;
}

template <Block kBlock, bool kWithLog>
double DerivativePass(const IrtProblem& pr, IrtState& st, const IrtFit& fit) {
  if constexpr (kBlock == Block::kPositions) {
    std::fill(st.unit_d.begin(), st.unit_d.end(), UnitDerivatives{});
  } else {
    std::fill(st.item_d.begin(), st.item_d.end(), ItemDerivatives{});
  }
  for (size_t j = 0; j < pr.items; ++j) {
    st.sd[j] = std::sqrt(fit.item[j].s2);
    st.w[j] = fit.item[j].b / fit.item[j].s2;
  }
  return DerivativeRun<NoMoments, kBlock, kWithLog>(st, fit, st.run[0], st.run[1]) +
         DerivativeRun<AbstainMoments, kBlock, kWithLog>(st, fit, st.run[1], st.run[2]) +
         DerivativeRun<YesMoments, kBlock, kWithLog>(st, fit, st.run[2], st.run[3]);
}

// Newton step of the positions: each under its N(0, 1) prior in a static
// problem (the posterior is concave in each position); in a dynamic problem
// each state's chain at once, its autoregressive prior making the system
// tridiagonal (Thomas algorithm). Link k (from position k - 1 to k) adds
// -w (x_k - r x_{k-1})^2 / 2 to the log prior.
void NewtonPositions(const IrtState& st, std::vector<double>* x) {
  if (st.chains.empty()) {
    for (size_t u = 0; u < x->size(); ++u) {
      const UnitDerivatives& t = st.unit_d[u];
      (*x)[u] += (t.grad - (*x)[u]) / (t.info + 1.0);
    }
    return;
  }
  std::vector<double> c, d;
  constexpr WalkLink kNone{0, 0, 0};
  for (const std::vector<uint32_t>& chain : st.chains) {
    const size_t n = chain.size();
    c.assign(n, 0.0);
    d.assign(n, 0.0);
    double prev_c = 0, prev_d = 0;
    for (size_t k = 0; k < n; ++k) {
      const uint32_t u = chain[k];
      const WalkLink& in = st.link[u];
      const WalkLink& out = k + 1 < n ? st.link[chain[k + 1]] : kNone;
      const double xu = (*x)[u];
      // Gradient of the log prior: the unit's own N(0, 1), the links in and out.
      double prior = -in.q * xu;
      if (k > 0) prior -= in.w * (xu - in.r * (*x)[chain[k - 1]]);
      if (k + 1 < n) prior += out.w * out.r * ((*x)[chain[k + 1]] - out.r * xu);
      const double diag = st.unit_d[u].info + in.q + in.w + out.w * out.r * out.r;
      const double off_in = in.w * in.r;  // minus the Hessian's entry between k - 1 and k
      const double denom = diag - off_in * prev_c;
      c[k] = -out.w * out.r / denom;
      d[k] = (st.unit_d[u].grad + prior + off_in * prev_d) / denom;
      prev_c = c[k];
      prev_d = d[k];
    }
    double next = 0;
    for (size_t k = n; k-- > 0;) {
      next = d[k] - (k + 1 < n ? c[k] * next : 0.0);
      (*x)[chain[k]] += next;
    }
  }
}

// Newton step of each item's (a, b) under its prior, bounded by
// kItemStepReach, then its variance by the EM update at the new (a, b).
void NewtonItems(const IrtState& st, IrtFit* fit) {
  const double p = 1.0 / kItemPriorVar;
  for (size_t j = 0; j < fit->item.size(); ++j) {
    const ItemDerivatives& s = st.item_d[j];
    const double n = st.count[j];
    if (n == 0) continue;
    IrtItem& it = fit->item[j];
    const double inv = 1.0 / it.s2;
    const double ga = s.r * inv - it.a * p, gb = s.rx * inv - it.b * p;
    const double h11 = s.c + p, h12 = s.cx, h22 = s.cxx + p, det = h11 * h22 - h12 * h12;
    double da = (h22 * ga - h12 * gb) / det, db = (h11 * gb - h12 * ga) / det;
    const double reach = (std::abs(da) + std::abs(db) * st.max_abs_x) / std::sqrt(it.s2);
    if (reach > kItemStepReach) da *= kItemStepReach / reach, db *= kItemStepReach / reach;
    // Sum of E[(z - a' - b' x)^2] at the new (a', b'), with z - eta = r.
    const double ssr = s.ss - 2 * da * s.r - 2 * db * s.rx + n * da * da + 2 * da * db * s.x + db * db * s.xx;
    it.a += da;
    it.b += db;
    it.s2 = (std::max(0.0, ssr) + 2 * kS2Scale) / (n + 2 * kS2Shape + 2);
  }
}

// Moves along the direction the likelihood is flat on (x -> (x - m) / c,
// a -> a + b m, b -> b c, which leaves every a + b x as it is) to the point
// the priors favour, so that the fixed point of the iteration is the
// posterior mode. The position prior is -(1 / 2c^2) (sum of q (x - m)^2
// + sum over links of w (e - (1 - r) m)^2, with e = x - r x_prev); the
// optimal m given c and c given m are closed forms, alternated.
void Rescale(const IrtProblem& pr, const IrtState& st, IrtFit* fit) {
  // The spread is sn m^2 - 2 s m + ss.
  double n = 0, sn = 0, s = 0, ss = 0;
  for (size_t u = 0; u < st.voted.size(); ++u) {
    if (!st.voted[u]) continue;
    const double x = fit->x[u];
    const WalkLink& l = st.link[u];
    if (l.q > 0) n += 1;
    sn += l.q, s += l.q * x, ss += l.q * x * x;
    if (l.w > 0) {
      const double e = x - l.r * fit->x[pr.prev[u]], k = 1.0 - l.r;
      sn += l.w * k * k, s += l.w * k * e, ss += l.w * e * e;
    }
  }
  double sab = 0, sbb = 0;
  for (const IrtItem& it : fit->item) sab += it.a * it.b, sbb += it.b * it.b;
  if (n < 1 || !(sbb > 0)) return;
  const double p = 1.0 / kItemPriorVar;
  double m = 0, c = 1;
  for (int k = 0; k < 50; ++k) {
    const double ic2 = 1.0 / (c * c);
    const double m_new = (s * ic2 - sab * p) / (sn * ic2 + sbb * p);
    const double spread = std::max(ss - 2 * m_new * s + sn * m_new * m_new, 1e-300);
    const double c_new = std::sqrt(std::sqrt(spread / (sbb * p)));
    const bool done = std::abs(m_new - m) < 1e-12 && std::abs(c_new - c) < 1e-12 * c;
    m = m_new, c = c_new;
    if (done) break;
  }
  for (size_t u = 0; u < st.voted.size(); ++u) fit->x[u] = st.voted[u] ? (fit->x[u] - m) / c : 0.0;
  for (IrtItem& it : fit->item) it.a += it.b * m, it.b *= c;
}

}  // namespace

IrtState PrepareState(const IrtProblem& pr) {
  IrtState st;
  st.run.fill(0);
  for (const IrtVote& v : pr.votes) ++st.run[std::min<size_t>(v.choice, 2) + 1];
  for (size_t c = 1; c < 4; ++c) st.run[c] += st.run[c - 1];
  std::array<size_t, 3> next = {st.run[0], st.run[1], st.run[2]};
  st.votes.resize(pr.votes.size());
  for (const IrtVote& v : pr.votes) st.votes[next[std::min<size_t>(v.choice, 2)]++] = v;
  st.chains = Chains(pr);
  st.link.resize(pr.units);
  for (size_t u = 0; u < pr.units; ++u) st.link[u] = LinkPrior(pr, u);
  st.count.assign(pr.items, 0.0);
  st.voted.assign(pr.units, false);
  for (const IrtVote& v : pr.votes) st.count[v.item] += 1, st.voted[v.unit] = true;
  st.sd.assign(pr.items, 1.0);
  st.w.assign(pr.items, 0.0);
  st.unit_d.assign(pr.units, UnitDerivatives{});
  st.item_d.assign(pr.items, ItemDerivatives{});
  return st;
}

double LogPrior(const IrtProblem& pr, const IrtState& st, const IrtFit& f) {
  double lp = 0;
  for (size_t u = 0; u < pr.units; ++u) {
    const WalkLink& l = st.link[u];
    lp -= 0.5 * l.q * f.x[u] * f.x[u];
    if (l.w > 0) {
      const double e = f.x[u] - l.r * f.x[pr.prev[u]];
      lp -= 0.5 * l.w * e * e;
    }
  }
  for (const IrtItem& it : f.item) {
    lp -= 0.5 * (it.a * it.a + it.b * it.b) / kItemPriorVar + (kS2Shape + 1) * std::log(it.s2) + kS2Scale / it.s2;
  }
  return lp;
}

double EcmeStep(const IrtProblem& pr, IrtState& st, IrtFit* fit, bool with_objective) {
  double objective = with_objective ? LogPrior(pr, st, *fit) : 0.0;
  objective += with_objective ? DerivativePass<Block::kPositions, true>(pr, st, *fit)
                              : DerivativePass<Block::kPositions, false>(pr, st, *fit);
  NewtonPositions(st, &fit->x);
  Rescale(pr, st, fit);
  st.max_abs_x = 0;
  for (double x : fit->x) st.max_abs_x = std::max(st.max_abs_x, std::abs(x));
  DerivativePass<Block::kItems, false>(pr, st, *fit);
  NewtonItems(st, fit);
  return objective;
}

void Standardize(const std::vector<bool>& voted, IrtFit* fit) {
  double n = 0, s = 0, ss = 0;
  for (size_t u = 0; u < voted.size(); ++u) {
    if (voted[u]) n += 1, s += fit->x[u], ss += fit->x[u] * fit->x[u];
  }
  if (n < 2) return;
  const double mean = s / n, sd = std::sqrt(std::max(0.0, ss / n - mean * mean));
  if (!(sd > 0)) return;
  for (size_t u = 0; u < voted.size(); ++u) fit->x[u] = voted[u] ? (fit->x[u] - mean) / sd : 0.0;
  for (IrtItem& it : fit->item) it.a += it.b * mean, it.b *= sd;
}

void RegressItems(const IrtProblem& pr, IrtFit* fit) {
  struct Sums {
    double n = 0, sx = 0, sxx = 0, sz = 0, szx = 0, szz = 0;
  };
  std::vector<Sums> sums(pr.items);
  for (const IrtVote& v : pr.votes) {
    const double z = v.choice == 0 ? -0.5 : (v.choice == 1 ? 0.5 : 1.5), x = fit->x[v.unit];
    Sums& s = sums[v.item];
    s.n += 1, s.sx += x, s.sxx += x * x, s.sz += z, s.szx += z * x, s.szz += z * z;
  }
  const double p = 1.0 / kItemPriorVar;
  for (size_t j = 0; j < pr.items; ++j) {
    const Sums& s = sums[j];
    IrtItem& it = fit->item[j];
    // Ridge regression under the items' prior, residual variance under its own.
    const double h11 = s.n + p, h12 = s.sx, h22 = s.sxx + p, det = h11 * h22 - h12 * h12;
    const double a = (h22 * s.sz - h12 * s.szx) / det, b = (h11 * s.szx - h12 * s.sz) / det;
    const double ssr = s.szz - 2 * a * s.sz - 2 * b * s.szx + s.n * a * a + 2 * a * b * s.sx + b * b * s.sxx;
    it = IrtItem{a, b, (std::max(0.0, ssr) + 2 * kS2Scale) / (s.n + 2 * kS2Shape + 2)};
  }
}

}  // namespace entente::irt_internal
