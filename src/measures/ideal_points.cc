// The ordinal EM: E-step over the observed votes, ridge regressions
// (M-steps), SQUAREM, and the principal-component start.
#include "measures/ideal_points.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "measures/truncated_normal.h"

namespace entente {
namespace {

struct ItemSums {
  double n = 0, sx = 0, sxx = 0, sz = 0, szx = 0, szz = 0, sv = 0;
};

// A unit's terms of the position update, side by side for the E-step's
// scattered writes.
struct UnitTerms {
  double prec = 0, rhs = 0;
};

// MAP update of one item from its sufficient statistics.
void UpdateItem(const ItemSums& s, IrtItem* it) {
  double p = 1.0 / kItemPriorVar;
  double inv = 1.0 / it->s2;
  double h11 = s.n * inv + p, h12 = s.sx * inv, h22 = s.sxx * inv + p;
  double g1 = s.sz * inv, g2 = s.szx * inv;
  double det = h11 * h22 - h12 * h12;
  double a = (h22 * g1 - h12 * g2) / det;
  double b = (h11 * g2 - h12 * g1) / det;
  double ssr = s.sv + s.szz - 2 * a * s.sz - 2 * b * s.szx + s.n * a * a + 2 * a * b * s.sx + b * b * s.sxx;
  it->a = a;
  it->b = b;
  it->s2 = (std::max(0.0, ssr) + 2 * kS2Scale) / (s.n + 2 * kS2Shape + 2);
}

// Positions given the data terms: x_u maximises
//   -sum_u (prec_u x_u^2 / 2 - rhs_u x_u) - prior,
// with the static N(0,1) prior or the random walk along each state's chain.
void UpdatePositions(const IrtProblem& pr, const std::vector<UnitTerms>& terms,
                     const std::vector<std::vector<uint32_t>>& chains, std::vector<double>* x) {
  if (chains.empty()) {
    for (size_t u = 0; u < pr.units; ++u) (*x)[u] = terms[u].rhs / (1.0 + terms[u].prec);
    return;
  }
  std::vector<double> c, d;
  for (const std::vector<uint32_t>& chain : chains) {
    size_t n = chain.size();
    c.assign(n, 0.0);
    d.assign(n, 0.0);
    // Thomas algorithm on the tridiagonal system of one chain.
    double prev_c = 0, prev_d = 0;
    for (size_t k = 0; k < n; ++k) {
      uint32_t u = chain[k];
      double w_in = k == 0 ? 0.0 : 1.0 / (pr.omega2 * pr.gap[u]);
      double w_out = k + 1 < n ? 1.0 / (pr.omega2 * pr.gap[chain[k + 1]]) : 0.0;
      double diag = terms[u].prec + (k == 0 ? 1.0 : 0.0) + w_in + w_out;
      double denom = diag - (k == 0 ? 0.0 : -w_in * prev_c);
      c[k] = -w_out / denom;
      d[k] = (terms[u].rhs - (k == 0 ? 0.0 : -w_in * prev_d)) / denom;
      prev_c = c[k];
      prev_d = d[k];
    }
    double next = 0;
    for (size_t k = n; k-- > 0;) {
      next = d[k] - (k + 1 < n ? c[k] * next : 0.0);
      (*x)[chain[k]] = next;
    }
  }
}

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

// Rescales positions to mean 0 and variance 1 over the units with votes,
// changing the items so that every a_j + b_j x_i stays the same: the
// likelihood is flat along this direction and only the priors pin it, so
// plain EM would crawl along it.
void Standardize(const std::vector<bool>& voted, IrtFit* fit) {
  double n = 0, s = 0, ss = 0;
  for (size_t u = 0; u < voted.size(); ++u) {
    if (!voted[u]) continue;
    n += 1, s += fit->x[u], ss += fit->x[u] * fit->x[u];
  }
  if (n < 2) return;
  double mean = s / n, sd = std::sqrt(std::max(0.0, ss / n - mean * mean));
  if (!(sd > 0)) return;
  for (size_t u = 0; u < voted.size(); ++u) fit->x[u] = voted[u] ? (fit->x[u] - mean) / sd : 0.0;
  for (IrtItem& it : fit->item) it.a += it.b * mean, it.b *= sd;
}

}  // namespace

uint8_t DrawChoice(const IrtItem& it, double x, double u) {
  double z = it.a + it.b * x + std::sqrt(it.s2) * u;
  return z < 0 ? 0 : (z < 1 ? 1 : 2);
}

namespace {

// Buffers of one EM step, reused across iterations. The votes are kept
// grouped by choice (no, abstain, yes; by item and unit within a choice) so
// that the E-step runs three branch-free loops.
// Derivatives of the observed-data log likelihood (ECME step): per unit the
// gradient and information of its position, per item the sums over its votes
// of r = E[z] - eta and c = (s2 - Var[z]) / s2^2 times 1, x and x^2, and the
// sums its variance update needs.
struct UnitDerivatives {
  double grad = 0, info = 0;
};
struct ItemDerivatives {
  double r = 0, rx = 0, c = 0, cx = 0, cxx = 0, v = 0, z = 0, zz = 0, zx = 0, x = 0, xx = 0;
};

struct EmState {
  std::vector<IrtVote> votes;
  std::array<size_t, 4> run{};  // votes of choice c are [run[c], run[c + 1])
  std::vector<std::vector<uint32_t>> chains;
  std::vector<ItemSums> sums;
  std::vector<double> count;  // votes on each item
  std::vector<UnitTerms> unit;
  std::vector<UnitDerivatives> unit_d;
  std::vector<ItemDerivatives> item_d;
  std::vector<double> ez, sd, w;  // sd and b / s2 of each item
  std::vector<bool> voted;
};

void GroupByChoice(const IrtProblem& pr, EmState* st) {
  st->run.fill(0);
  for (const IrtVote& v : pr.votes) ++st->run[std::min<size_t>(v.choice, 2) + 1];
  for (size_t c = 1; c < 4; ++c) st->run[c] += st->run[c - 1];
  std::array<size_t, 3> next = {st->run[0], st->run[1], st->run[2]};
  st->votes.resize(pr.votes.size());
  for (const IrtVote& v : pr.votes) st->votes[next[std::min<size_t>(v.choice, 2)]++] = v;
}

double LogPrior(const IrtProblem& pr, const IrtFit& f) {
  double lp = 0;
  for (size_t u = 0; u < pr.units; ++u) {
    if (pr.prev.empty() || pr.prev[u] < 0) {
      lp -= 0.5 * f.x[u] * f.x[u];
    } else {
      double d = f.x[u] - f.x[pr.prev[u]];
      lp -= 0.5 * d * d / (pr.omega2 * pr.gap[u]);
    }
  }
  for (const IrtItem& it : f.item) {
    lp -= 0.5 * (it.a * it.a + it.b * it.b) / kItemPriorVar + (kS2Shape + 1) * std::log(it.s2) + kS2Scale / it.s2;
  }
  return lp;
}

// The E-step over the votes [begin, end) of one choice: the expected latent
// value of each vote, and its terms of the position and item updates.
// Votes come in runs of one item (they are sorted by item within a choice),
// so per-item sums are kept in registers over a run rather than read and
// written back for every vote.
template <TruncatedMoments (*kMoments)(double, double, double, bool), bool kWithLog>
double EStepRun(EmState& st, const IrtFit& fit, size_t begin, size_t end) {
  double objective = 0;
  size_t k = begin;
  while (k < end) {
    const uint32_t j = st.votes[k].item;
    const IrtItem& it = fit.item[j];
    const double sd = st.sd[j], inv_sd = 1.0 / sd, w = st.w[j], wb = w * it.b;
    double sz = 0, szz = 0, sv = 0;
    for (; k < end && st.votes[k].item == j; ++k) {
      const uint32_t u = st.votes[k].unit;
      TruncatedMoments m = kMoments(it.a + it.b * fit.x[u], sd, inv_sd, kWithLog);
      st.ez[k] = m.mean;
      if constexpr (kWithLog) objective += m.log_p;
      sz += m.mean, szz += m.mean * m.mean, sv += m.var;
      UnitTerms& t = st.unit[u];
      t.prec += wb;
      t.rhs += w * (m.mean - it.a);
    }
    ItemSums& s = st.sums[j];
    s.sz += sz, s.szz += szz, s.sv += sv;
  }
  return objective;
}

template <bool kWithLog>
double EStep(EmState& st, const IrtFit& fit) {
  return EStepRun<NoMoments, kWithLog>(st, fit, st.run[0], st.run[1]) +
         EStepRun<AbstainMoments, kWithLog>(st, fit, st.run[1], st.run[2]) +
         EStepRun<YesMoments, kWithLog>(st, fit, st.run[2], st.run[3]);
}

// The item sums of the M-step that depend on the new positions, a run at a
// time (the others come from the E-step).
void AccumulateItemSums(EmState& st, const std::vector<double>& x) {
  size_t k = 0;
  const size_t n = st.votes.size();
  while (k < n) {
    const uint32_t j = st.votes[k].item;
    double sx = 0, sxx = 0, szx = 0;
    for (; k < n && st.votes[k].item == j; ++k) {
      double xu = x[st.votes[k].unit], z = st.ez[k];
      sx += xu, sxx += xu * xu, szx += z * xu;
    }
    ItemSums& s = st.sums[j];
    s.sx += sx, s.sxx += sxx, s.szx += szx;
  }
}

// One ECM iteration of a dynamic problem: E-step, positions given items
// (standardised), items given positions. Returns the log posterior (up to a
// constant) at the parameters it started from when `with_objective`, else 0
// (the logs are then not computed).
double EcmStep(const IrtProblem& pr, EmState& st, IrtFit* fit, bool with_objective) {
  double objective = with_objective ? LogPrior(pr, *fit) : 0.0;
  std::fill(st.unit.begin(), st.unit.end(), UnitTerms{});
  for (size_t j = 0; j < pr.items; ++j) {
    st.sums[j] = ItemSums{};
    st.sums[j].n = st.count[j];
    const IrtItem& it = fit->item[j];
    st.sd[j] = std::sqrt(it.s2);
    st.w[j] = it.b / it.s2;
  }
  objective += with_objective ? EStep<true>(st, *fit) : EStep<false>(st, *fit);
  UpdatePositions(pr, st.unit, st.chains, &fit->x);
  Standardize(st.voted, fit);
  AccumulateItemSums(st, fit->x);
  for (size_t j = 0; j < pr.items; ++j) {
    if (st.sums[j].n > 0) UpdateItem(st.sums[j], &fit->item[j]);
  }
  return objective;
}

// Moves along the direction the likelihood is flat on (x -> (x - m) / c,
// a -> a + b m, b -> b c, which leaves every a + b x as it is) to the point
// the priors favour, so that the fixed point of the iteration is the
// posterior mode (a static problem: N(0, 1) prior on every position).
// The optimal m given c and c given m are closed forms; they are alternated.
void Rescale(const std::vector<bool>& voted, IrtFit* fit) {
  double n = 0, s = 0, ss = 0;
  for (size_t u = 0; u < voted.size(); ++u) {
    if (voted[u]) n += 1, s += fit->x[u], ss += fit->x[u] * fit->x[u];
  }
  double sab = 0, sbb = 0;
  for (const IrtItem& it : fit->item) sab += it.a * it.b, sbb += it.b * it.b;
  if (n < 1 || !(sbb > 0)) return;
  const double p = 1.0 / kItemPriorVar;
  double m = 0, c = 1;
  for (int k = 0; k < 50; ++k) {
    double ic2 = 1.0 / (c * c);
    double m_new = (s * ic2 - sab * p) / (n * ic2 + sbb * p);
    double spread = std::max(ss - 2 * m_new * s + n * m_new * m_new, 1e-300);
    double c_new = std::sqrt(std::sqrt(spread / (sbb * p)));
    bool done = std::abs(m_new - m) < 1e-12 && std::abs(c_new - c) < 1e-12 * c;
    m = m_new, c = c_new;
    if (done) break;
  }
  for (size_t u = 0; u < voted.size(); ++u) fit->x[u] = voted[u] ? (fit->x[u] - m) / c : 0.0;
  for (IrtItem& it : fit->item) it.a += it.b * m, it.b *= c;
}

// The ECME step of static problems (Liu and Rubin 1994): the positions and
// then the items' (a, b) by a Newton step on the observed-data posterior, the
// variances by the EM update. The augmentation gives both derivatives of a
// vote's log probability in its linear predictor eta = a + b x:
//   d log P / d eta = (E[z] - eta) / s2,  d2 log P / d eta2 = (Var[z] - s2) / s2^2
// (Louis 1982), so a Newton step costs one pass over the votes like an
// E-step. EM proper divides the same gradient by the complete-data
// information instead of the observed one; on the votes the model predicts
// almost surely (most of a UN session) the two differ by orders of magnitude
// and EM crawls.
template <TruncatedMoments (*kMoments)(double, double, double, bool), bool kWithLog>
double DerivativeRun(EmState& st, const IrtFit& fit, size_t begin, size_t end) {
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
      TruncatedMoments m = kMoments(eta, sd, inv_sd, kWithLog);
      if constexpr (kWithLog) objective += m.log_p;
      const double r = m.mean - eta, c = (it.s2 - m.var) * inv_s2 * inv_s2;
      acc.r += r, acc.rx += r * x, acc.c += c, acc.cx += c * x, acc.cxx += c * x * x;
      acc.v += m.var, acc.z += m.mean, acc.zz += m.mean * m.mean, acc.zx += m.mean * x, acc.x += x, acc.xx += x * x;
      UnitDerivatives& t = st.unit_d[u];
      t.grad += w * r;
      t.info += w * (it.b - w * m.var);
    }
    ItemDerivatives& s = st.item_d[j];  // an item's votes fall in up to three runs
    s.r += acc.r, s.rx += acc.rx, s.c += acc.c, s.cx += acc.cx, s.cxx += acc.cxx;
    s.v += acc.v, s.z += acc.z, s.zz += acc.zz, s.zx += acc.zx, s.x += acc.x, s.xx += acc.xx;
  }
  return objective;
}

template <bool kWithLog>
double DerivativePass(const IrtProblem& pr, EmState& st, const IrtFit& fit) {
  std::fill(st.unit_d.begin(), st.unit_d.end(), UnitDerivatives{});
  std::fill(st.item_d.begin(), st.item_d.end(), ItemDerivatives{});
  for (size_t j = 0; j < pr.items; ++j) {
    st.sd[j] = std::sqrt(fit.item[j].s2);
    st.w[j] = fit.item[j].b / fit.item[j].s2;
  }
  return DerivativeRun<NoMoments, kWithLog>(st, fit, st.run[0], st.run[1]) +
         DerivativeRun<AbstainMoments, kWithLog>(st, fit, st.run[1], st.run[2]) +
         DerivativeRun<YesMoments, kWithLog>(st, fit, st.run[2], st.run[3]);
}

// Newton step of each position under its N(0, 1) prior (the posterior is
// concave in each position).
void NewtonPositions(const EmState& st, std::vector<double>* x) {
  for (size_t u = 0; u < x->size(); ++u) {
    const UnitDerivatives& t = st.unit_d[u];
    (*x)[u] += (t.grad - (*x)[u]) / (t.info + 1.0);
  }
}

// Newton step of each item's (a, b) under its prior, then its variance by
// the EM update at the new (a, b).
void NewtonItems(const EmState& st, IrtFit* fit) {
  const double p = 1.0 / kItemPriorVar;
  for (size_t j = 0; j < fit->item.size(); ++j) {
    const ItemDerivatives& s = st.item_d[j];
    const double n = st.count[j];
    if (n == 0) continue;
    IrtItem& it = fit->item[j];
    double inv = 1.0 / it.s2;
    double ga = s.r * inv - it.a * p, gb = s.rx * inv - it.b * p;
    double h11 = s.c + p, h12 = s.cx, h22 = s.cxx + p, det = h11 * h22 - h12 * h12;
    double a = it.a + (h22 * ga - h12 * gb) / det;
    double b = it.b + (h11 * gb - h12 * ga) / det;
    double ssr = s.v + s.zz - 2 * a * s.z - 2 * b * s.zx + n * a * a + 2 * a * b * s.x + b * b * s.xx;
    it.a = a;
    it.b = b;
    it.s2 = (std::max(0.0, ssr) + 2 * kS2Scale) / (n + 2 * kS2Shape + 2);
  }
}

// One ECME iteration: derivatives, positions, the move along the flat
// direction, derivatives at the new positions, items. Returns the log
// posterior at the parameters it started from when `with_objective`, else 0.
double EcmeStep(const IrtProblem& pr, EmState& st, IrtFit* fit, bool with_objective) {
  double objective = with_objective ? LogPrior(pr, *fit) : 0.0;
  objective += with_objective ? DerivativePass<true>(pr, st, *fit) : DerivativePass<false>(pr, st, *fit);
  NewtonPositions(st, &fit->x);
  Rescale(st.voted, fit);
  DerivativePass<false>(pr, st, *fit);
  NewtonItems(st, fit);
  return objective;
}

// The parameters as one vector (variances on the log scale) for extrapolation.
void Pack(const IrtFit& f, std::vector<double>* p) {
  p->clear();
  p->insert(p->end(), f.x.begin(), f.x.end());
  for (const IrtItem& it : f.item) p->push_back(it.a), p->push_back(it.b), p->push_back(std::log(it.s2));
}
bool Unpack(const std::vector<double>& p, IrtFit* f) {
  size_t k = 0;
  for (double& x : f->x) x = p[k++];
  for (IrtItem& it : f->item) it.a = p[k++], it.b = p[k++], it.s2 = std::exp(p[k++]);
  for (double v : p) {
    if (!std::isfinite(v)) return false;
  }
  for (const IrtItem& it : f->item) {
    if (!(it.s2 > 0) || !std::isfinite(it.s2)) return false;
  }
  return true;
}

double MaxChange(const std::vector<double>& a, const std::vector<double>& b) {
  double c = 0;
  for (size_t i = 0; i < a.size(); ++i) c = std::max(c, std::abs(a[i] - b[i]));
  return c;
}

}  // namespace

IrtFit FitIrt(const IrtProblem& pr, IrtFit fit, const IrtControl& control) {
  EmState st;
  GroupByChoice(pr, &st);
  st.chains = Chains(pr);
  st.sums.assign(pr.items, ItemSums{});
  st.sd.assign(pr.items, 1.0);
  st.w.assign(pr.items, 0.0);
  st.ez.assign(pr.votes.size(), 0.0);
  st.unit.assign(pr.units, UnitTerms{});
  st.count.assign(pr.items, 0.0);
  for (const IrtVote& v : pr.votes) st.count[v.item] += 1;
  st.voted.assign(pr.units, false);
  for (const IrtVote& v : pr.votes) st.voted[v.unit] = true;
  // Static problems take the ECME step; the random walk couples a dynamic
  // problem's positions, which the ECM step solves exactly per state.
  const bool ecme = pr.prev.empty();
  if (ecme) {
    st.unit_d.assign(pr.units, UnitDerivatives{});
    st.item_d.assign(pr.items, ItemDerivatives{});
  }
  auto step = [&](IrtFit* f, bool with_objective) {
    return ecme ? EcmeStep(pr, st, f, with_objective) : EcmStep(pr, st, f, with_objective);
  };
  Standardize(st.voted, &fit);
  bool fresh = std::all_of(fit.item.begin(), fit.item.end(), [](const IrtItem& it) { return it.b == 0; });
  if (fresh) {
    // Items start from a regression of a rough latent value on the start.
    for (const IrtVote& v : pr.votes) {
      double z = v.choice == 0 ? -0.5 : (v.choice == 1 ? 0.5 : 1.5);
      double x = fit.x[v.unit];
      ItemSums& s = st.sums[v.item];
      s.n += 1, s.sx += x, s.sxx += x * x, s.sz += z, s.szx += z * x, s.szz += z * z;
    }
    for (size_t j = 0; j < pr.items; ++j) UpdateItem(st.sums[j], &fit.item[j]);
  }
  // SQUAREM (Varadhan and Roland 2008, scheme S3) with the usual safeguard:
  // two steps give a direction, the extrapolated point is stabilised by a
  // third step and kept only if the log posterior did not fall; otherwise
  // the plain result is kept and the step shrinks.
  int iterations = 0;
  bool converged = false;
  std::vector<double> p0, p1, p2, q, old_x;
  double step_max = 1.0;
  IrtFit f1 = fit, f2 = fit, trial = fit;
  while (iterations < control.max_iterations) {
    Pack(fit, &p0);
    old_x = fit.x;
    f1 = fit;
    double obj0 = step(&f1, true);
    f2 = f1;
    step(&f2, false);
    iterations += 2;
    Pack(f1, &p1);
    Pack(f2, &p2);
    double rr = 0, vv = 0;
    for (size_t i = 0; i < p0.size(); ++i) {
      double r = p1[i] - p0[i], v = p2[i] - 2 * p1[i] + p0[i];
      rr += r * r, vv += v * v;
    }
    double alpha = vv > 0 ? -std::sqrt(rr / vv) : -1.0;
    alpha = std::clamp(alpha, -step_max, -1.0);
    q.resize(p0.size());
    for (size_t i = 0; i < p0.size(); ++i) {
      double r = p1[i] - p0[i], v = p2[i] - 2 * p1[i] + p0[i];
      q[i] = p0[i] - 2 * alpha * r + alpha * alpha * v;
    }
    bool accepted = false;
    if (alpha < -1.0 && Unpack(q, &trial)) {
      if (!ecme) Standardize(st.voted, &trial);
      double obj_q = step(&trial, true);
      ++iterations;
      Pack(trial, &q);
      if (std::isfinite(obj_q) && obj_q >= obj0 - 1e-9 * std::abs(obj0) && Unpack(q, &trial)) {
        fit = trial;
        accepted = true;
      }
    }
    if (!accepted) fit = f2;
    if (alpha == -step_max && (accepted || alpha == -1.0)) step_max *= 4;
    if (!accepted && alpha < -1.0) step_max = std::max(1.0, step_max / 4);
    double change = MaxChange(fit.x, old_x);
    if (control.on_iteration) control.on_iteration(iterations, change);
    if (change < control.tolerance && MaxChange(f2.x, f1.x) < control.tolerance) {
      converged = true;
      break;
    }
  }
  Standardize(st.voted, &fit);  // the reported scale, whatever the step
  fit.iterations = iterations;
  fit.converged = converged;
  return fit;
}

std::vector<double> PrincipalComponentStart(const IrtProblem& pr) {
  std::vector<double> mean(pr.items, 0.0), count(pr.items, 0.0);
  for (const IrtVote& v : pr.votes) {
    mean[v.item] += static_cast<double>(v.choice) - 1.0;
    count[v.item] += 1;
  }
  for (size_t j = 0; j < pr.items; ++j) mean[j] = count[j] > 0 ? mean[j] / count[j] : 0.0;
  // Deterministic, not constant start vector.
  std::vector<double> x(pr.units), w(pr.items);
  for (size_t u = 0; u < pr.units; ++u) x[u] = std::sin(1.0 + static_cast<double>(u));
  for (int iter = 0; iter < 100; ++iter) {
    std::fill(w.begin(), w.end(), 0.0);
    for (const IrtVote& v : pr.votes) w[v.item] += (static_cast<double>(v.choice) - 1.0 - mean[v.item]) * x[v.unit];
    std::fill(x.begin(), x.end(), 0.0);
    for (const IrtVote& v : pr.votes) x[v.unit] += (static_cast<double>(v.choice) - 1.0 - mean[v.item]) * w[v.item];
    double m = 0, ss = 0;
    for (double xi : x) m += xi;
    m /= std::max<size_t>(1, pr.units);
    for (double& xi : x) xi -= m, ss += xi * xi;
    double sd = std::sqrt(ss / std::max<size_t>(1, pr.units));
    if (sd == 0) break;
    for (double& xi : x) xi /= sd;
  }
  return x;
}

}  // namespace entente
