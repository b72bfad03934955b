// The fit: starts, SQUAREM around the ECME step (irt_step.h), session
// shifts for dynamic problems, and the principal-component start.
#include "measures/ideal_points.h"

#include <algorithm>
#include <cmath>

#include "measures/irt_session_shift.h"
#include "measures/irt_step.h"

namespace entente {

uint8_t DrawChoice(const IrtItem& it, double x, double u) {
  double z = it.a + it.b * x + std::sqrt(it.s2) * u;
  return z < 0 ? 0 : (z < 1 ? 1 : 2);
}

WalkLink LinkPrior(const IrtProblem& pr, size_t u) {
  if (pr.prev.empty() || pr.prev[u] < 0) return WalkLink{};
  const double g = pr.gap[u];
  if (pr.rho >= 1.0) return WalkLink{1.0, 1.0 / (pr.omega2 * g), pr.session_prior};
  const double r = std::pow(pr.rho, g);
  // omega2 (1 + rho^2 + ... + rho^(2g - 2)), the variance after g steps.
  return WalkLink{r, (1.0 - pr.rho * pr.rho) / (pr.omega2 * (1.0 - r * r)), pr.session_prior};
}

namespace {

using irt_internal::IrtState;

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
  IrtState st = irt_internal::PrepareState(pr);
  irt_internal::SessionShifts shifts = irt_internal::PrepareSessionShifts(pr, st);
  irt_internal::Standardize(st.voted, &fit);
  bool fresh = std::all_of(fit.item.begin(), fit.item.end(), [](const IrtItem& it) { return it.b == 0; });
  if (fresh) irt_internal::RegressItems(pr, &fit);
  auto step = [&](IrtFit* f, bool with_objective) { return irt_internal::EcmeStep(pr, st, f, with_objective); };
  // SQUAREM (Varadhan and Roland 2008, scheme S3) with the usual safeguard:
  // two steps give a direction, the extrapolated point is stabilised by a
  // third step and kept only if the log posterior did not fall; otherwise
  // the plain result is kept and the step shrinks.
  int iterations = 0;
  bool converged = false;
  std::vector<double> p0, p1, p2, q, old_x;
  double step_max = 1.0, floor = 0;
  bool floor_known = false;
  IrtFit f1 = fit, f2 = fit, trial = fit;
  while (iterations < control.max_iterations) {
    Pack(fit, &p0);
    old_x = fit.x;
    f1 = fit;
    // The safeguard compares a trial with the last objective known on the
    // path (the steps and the session shifts do not lower it), so the
    // objective is computed only at trial points after the first cycle.
    double obj = step(&f1, !floor_known);
    if (!floor_known) floor = obj, floor_known = true;
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
      double obj_q = step(&trial, true);
      ++iterations;
      Pack(trial, &q);
      if (std::isfinite(obj_q) && obj_q >= floor - 1e-9 * std::abs(floor) && Unpack(q, &trial)) {
        fit = trial;
        accepted = true;
        floor = obj_q;
      }
    }
    if (!accepted) fit = f2;
    irt_internal::ShiftSessions(pr, st, shifts, &fit, &trial);
    if (alpha == -step_max && (accepted || alpha == -1.0)) step_max *= 4;
    if (!accepted && alpha < -1.0) step_max = std::max(1.0, step_max / 4);
    double change = MaxChange(fit.x, old_x);
    if (control.on_iteration) control.on_iteration(iterations, change);
    if (change < control.tolerance && MaxChange(f2.x, f1.x) < control.tolerance) {
      converged = true;
      break;
    }
  }
  irt_internal::Standardize(st.voted, &fit);  // the reported scale
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
