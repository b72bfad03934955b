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
//   -sum_u (prec[u] x_u^2 / 2 - rhs[u] x_u) - prior,
// with the static N(0,1) prior or the random walk along each state's chain.
void UpdatePositions(const IrtProblem& pr, const std::vector<double>& prec, const std::vector<double>& rhs,
                     const std::vector<std::vector<uint32_t>>& chains, std::vector<double>* x) {
  if (chains.empty()) {
    for (size_t u = 0; u < pr.units; ++u) (*x)[u] = rhs[u] / (1.0 + prec[u]);
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
      double diag = prec[u] + (k == 0 ? 1.0 : 0.0) + w_in + w_out;
      double denom = diag - (k == 0 ? 0.0 : -w_in * prev_c);
      c[k] = -w_out / denom;
      d[k] = (rhs[u] - (k == 0 ? 0.0 : -w_in * prev_d)) / denom;
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
struct EmState {
  std::vector<IrtVote> votes;
  std::array<size_t, 4> run{};  // votes of choice c are [run[c], run[c + 1])
  std::vector<std::vector<uint32_t>> chains;
  std::vector<ItemSums> sums;
  std::vector<double> ez, prec, rhs, sd, w;  // sd and b / s2 of each item
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
    double sv = 0;
    for (; k < end && st.votes[k].item == j; ++k) {
      const uint32_t u = st.votes[k].unit;
      TruncatedMoments m = kMoments(it.a + it.b * fit.x[u], sd, inv_sd, kWithLog);
      st.ez[k] = m.mean;
      if constexpr (kWithLog) objective += m.log_p;
      sv += m.var;
      st.prec[u] += wb;
      st.rhs[u] += w * (m.mean - it.a);
    }
    st.sums[j].sv += sv;
  }
  return objective;
}

template <bool kWithLog>
double EStep(EmState& st, const IrtFit& fit) {
  return EStepRun<NoMoments, kWithLog>(st, fit, st.run[0], st.run[1]) +
         EStepRun<AbstainMoments, kWithLog>(st, fit, st.run[1], st.run[2]) +
         EStepRun<YesMoments, kWithLog>(st, fit, st.run[2], st.run[3]);
}

// The item sums of the M-step given the new positions, a run at a time.
void AccumulateItemSums(EmState& st, const std::vector<double>& x) {
  size_t k = 0;
  const size_t n = st.votes.size();
  while (k < n) {
    const uint32_t j = st.votes[k].item;
    ItemSums s = st.sums[j];
    for (; k < n && st.votes[k].item == j; ++k) {
      double xu = x[st.votes[k].unit], z = st.ez[k];
      s.n += 1, s.sx += xu, s.sxx += xu * xu, s.sz += z, s.szx += z * xu, s.szz += z * z;
    }
    st.sums[j] = s;
  }
}

// One ECM iteration: E-step, positions given items, items given positions.
// Returns the log posterior (up to a constant) at the parameters it started
// from when `with_objective`, else 0 (the logs are then not computed).
double EmStep(const IrtProblem& pr, EmState& st, IrtFit* fit, bool with_objective) {
  double objective = with_objective ? LogPrior(pr, *fit) : 0.0;
  std::fill(st.prec.begin(), st.prec.end(), 0.0);
  std::fill(st.rhs.begin(), st.rhs.end(), 0.0);
  std::fill(st.sums.begin(), st.sums.end(), ItemSums{});
  for (size_t j = 0; j < pr.items; ++j) {
    const IrtItem& it = fit->item[j];
    st.sd[j] = std::sqrt(it.s2);
    st.w[j] = it.b / it.s2;
  }
  objective += with_objective ? EStep<true>(st, *fit) : EStep<false>(st, *fit);
  UpdatePositions(pr, st.prec, st.rhs, st.chains, &fit->x);
  Standardize(st.voted, fit);
  AccumulateItemSums(st, fit->x);
  for (size_t j = 0; j < pr.items; ++j) {
    if (st.sums[j].n > 0) UpdateItem(st.sums[j], &fit->item[j]);
  }
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
  st.prec.assign(pr.units, 0.0);
  st.rhs.assign(pr.units, 0.0);
  st.voted.assign(pr.units, false);
  for (const IrtVote& v : pr.votes) st.voted[v.unit] = true;
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
  // two EM steps give a direction, the extrapolated point is stabilised by a
  // third EM step and kept only if the log posterior did not fall; otherwise
  // the plain EM result is kept and the step shrinks.
  int iterations = 0;
  bool converged = false;
  std::vector<double> p0, p1, p2, q, old_x;
  double step_max = 1.0;
  IrtFit f1 = fit, f2 = fit, trial = fit;
  while (iterations < control.max_iterations) {
    Pack(fit, &p0);
    old_x = fit.x;
    f1 = fit;
    double obj0 = EmStep(pr, st, &f1, true);
    f2 = f1;
    EmStep(pr, st, &f2, false);
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
      Standardize(st.voted, &trial);
      double obj_q = EmStep(pr, st, &trial, true);
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
