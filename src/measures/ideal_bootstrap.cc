// Resample, refit, take percentiles.
#include "measures/ideal_bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <tuple>

#include "measures/ideal_sessions.h"

namespace entente {
namespace {

// A standard normal draw from the generator's bits (Box-Muller), so that
// results do not depend on the standard library's distributions.
double Normal(std::mt19937_64& rng) {
  constexpr double kScale = 1.0 / 9007199254740992.0;  // 2^-53
  double u1 = (static_cast<double>(rng() >> 11) + 0.5) * kScale;
  double u2 = static_cast<double>(rng() >> 11) * kScale;
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double Phi(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Phi^-1 by bisection: the interval needs a few quantiles, not speed.
double InversePhi(double p) {
  double lo = -40, hi = 40;
  for (int k = 0; k < 200 && hi - lo > 1e-13; ++k) {
    const double mid = 0.5 * (lo + hi);
    (Phi(mid) < p ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Quantile q of sorted draws, interpolating between order statistics.
double Quantile(const std::vector<double>& d, double q) {
  const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(d.size() - 1);
  const size_t i = static_cast<size_t>(pos);
  const double f = pos - static_cast<double>(i);
  return i + 1 < d.size() ? d[i] * (1 - f) + d[i + 1] * f : d[i];
}

}  // namespace

std::pair<double, double> BiasCorrectedInterval(std::vector<double>& d, double estimate, double level) {
  std::sort(d.begin(), d.end());
  const double b = static_cast<double>(d.size());
  double below = 0;
  for (double v : d) below += v < estimate ? 1.0 : (v == estimate ? 0.5 : 0.0);
  const double share = std::clamp(below / b, 0.5 / b, 1.0 - 0.5 / b);
  const double z0 = InversePhi(share), z = InversePhi(1.0 - (1.0 - level) / 2);
  return {Quantile(d, Phi(2 * z0 - z)), Quantile(d, Phi(2 * z0 + z))};
}

namespace {

// Roll calls by stratum (the session of an item's first vote; one stratum in
// a static problem), and each item's votes, for drawing roll calls.
struct RollCallStrata {
  std::vector<std::vector<uint32_t>> items;  // per stratum
  std::vector<std::vector<IrtVote>> votes;   // per item
};

RollCallStrata Strata(const IrtProblem& pr) {
  RollCallStrata st;
  st.votes.resize(pr.items);
  std::vector<int32_t> home(pr.items, -1);
  for (const IrtVote& v : pr.votes) {
    st.votes[v.item].push_back(v);
    const int32_t s = pr.session.empty() ? 0 : pr.session[v.unit];
    if (home[v.item] < 0 || s < home[v.item]) home[v.item] = s;
  }
  for (uint32_t j = 0; j < pr.items; ++j) {
    if (home[j] < 0) continue;  // no votes: nothing to draw
    if (static_cast<size_t>(home[j]) >= st.items.size()) st.items.resize(static_cast<size_t>(home[j]) + 1);
    st.items[static_cast<size_t>(home[j])].push_back(j);
  }
  return st;
}

// A draw of n roll calls with replacement, each with the votes cast on it. A
// roll call drawn k times is k roll calls, each with its own parameters, as
// when the columns of the vote matrix are resampled: the copies start from
// (and, having the same votes, keep) the parameters of the one they copy.
void DrawRollCalls(const RollCallStrata& st, const IrtFit& fit, std::mt19937_64& rng, IrtProblem* sim,
                   IrtFit* start) {
  sim->votes.clear();
  start->item.clear();
  for (const std::vector<uint32_t>& items : st.items) {
    const uint64_t n = items.size();
    for (uint64_t k = 0; k < n; ++k) {
      // The remainder's bias is below n / 2^64: none for any session's size.
      const uint32_t j = items[static_cast<size_t>(rng() % n)];
      const uint32_t copy = static_cast<uint32_t>(start->item.size());
      start->item.push_back(fit.item[j]);
      for (IrtVote v : st.votes[j]) {
        v.item = copy;
        sim->votes.push_back(v);
      }
    }
  }
  sim->items = start->item.size();
}

}  // namespace

IrtIntervals BootstrapIrt(const IrtProblem& problem, const IrtFit& fit, int replicates, uint64_t seed,
                          const IrtControl& control, double level, IrtResampling resampling,
                          const IrtReplicateObserver& observe) {
  std::mt19937_64 rng(seed);
  std::vector<std::vector<double>> draws(problem.units);
  IrtProblem sim = problem;
  const RollCallStrata strata = resampling == IrtResampling::kRollCalls ? Strata(problem) : RollCallStrata{};
  std::vector<bool> voted(problem.units);
  IrtFit start = fit;
  IrtIntervals out;
  for (int r = 0; r < replicates; ++r) {
    if (resampling == IrtResampling::kRollCalls) {
      DrawRollCalls(strata, fit, rng, &sim, &start);
    } else {
      for (IrtVote& v : sim.votes) v.choice = DrawChoice(fit.item[v.item], fit.x[v.unit], Normal(rng));
    }
    std::fill(voted.begin(), voted.end(), false);
    for (const IrtVote& v : sim.votes) voted[v.unit] = true;
    IrtFit refit = FitIrt(sim, start, control);
    if (!refit.converged) ++out.failed;
    double dot = 0;
    for (size_t u = 0; u < problem.units; ++u) dot += refit.x[u] * fit.x[u];
    if (dot < 0) Reflect(&refit);
    for (size_t u = 0; u < problem.units; ++u) {
      if (voted[u]) draws[u].push_back(refit.x[u]);
    }
    if (observe) observe(sim, refit);
  }
  out.lower.resize(problem.units);
  out.upper.resize(problem.units);
  for (size_t u = 0; u < problem.units; ++u) {
    if (draws[u].empty()) continue;
    std::tie(out.lower[u], out.upper[u]) = BiasCorrectedInterval(draws[u], fit.x[u], level);
  }
  return out;
}

}  // namespace entente
