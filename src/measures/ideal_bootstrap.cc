// Simulate, refit, take percentiles.
#include "measures/ideal_bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

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

}  // namespace

IrtIntervals BootstrapIrt(const IrtProblem& problem, const IrtFit& fit, int replicates, uint64_t seed,
                          const IrtControl& control, double level) {
  std::mt19937_64 rng(seed);
  std::vector<std::vector<double>> draws(problem.units);
  IrtProblem sim = problem;
  IrtIntervals out;
  for (int r = 0; r < replicates; ++r) {
    for (IrtVote& v : sim.votes) v.choice = DrawChoice(fit.item[v.item], fit.x[v.unit], Normal(rng));
    IrtFit refit = FitIrt(sim, fit, control);
    if (!refit.converged) ++out.failed;
    double dot = 0;
    for (size_t u = 0; u < problem.units; ++u) dot += refit.x[u] * fit.x[u];
    double sign = dot < 0 ? -1.0 : 1.0;
    for (size_t u = 0; u < problem.units; ++u) draws[u].push_back(sign * refit.x[u]);
  }
  double tail = (1.0 - level) / 2;
  out.lower.resize(problem.units);
  out.upper.resize(problem.units);
  for (size_t u = 0; u < problem.units; ++u) {
    std::vector<double>& d = draws[u];
    std::sort(d.begin(), d.end());
    auto at = [&](double q) {
      double pos = q * static_cast<double>(d.size() - 1);
      size_t i = static_cast<size_t>(pos);
      double f = pos - static_cast<double>(i);
      return i + 1 < d.size() ? d[i] * (1 - f) + d[i + 1] * f : d[i];
    };
    out.lower[u] = at(tail);
    out.upper[u] = at(1.0 - tail);
  }
  return out;
}

}  // namespace entente
