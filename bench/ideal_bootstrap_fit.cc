// Why parametric bootstrap replicates can leave a static ideal-point estimate
// behind (docs/IDEAL_POINTS.md, "Uncertainty"): for one session, each state's
// estimate beside the mean of its parametric replicates and both kinds of
// interval, and how well the fitted model explains the state's votes: the
// mean log probability per vote of its real votes under the fit, and of the
// votes drawn from the fit under each replicate's refit; then how sharply the
// roll calls separate the states, fitted to the real votes and to drawn ones.
// Where the two differ, votes drawn from the model lack the session's shape,
// and the parametric replicates carry states away from their estimates.
//
// Usage: ideal_bootstrap_fit [--session N] [--replicates B]. Defaults: 28
// (1973), 50. Prints a Markdown table, states in the order of their estimates.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench_data.h"
#include "irt_choice_probability.h"
#include "measures/ideal_bootstrap.h"
#include "query/ideal/ideal_query.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {
namespace {

// Each unit's mean log probability per vote of `votes` under `fit`.
std::vector<double> LogProbabilityPerVote(const IrtProblem& p, const std::vector<IrtVote>& votes, const IrtFit& fit) {
  std::vector<double> sum(p.units, 0.0), n(p.units, 0.0);
  for (const IrtVote& v : votes) {
    sum[v.unit] += std::log(std::max(bench::ChoiceProbability(fit.item[v.item], fit.x[v.unit], v.choice), 1e-300));
    n[v.unit] += 1;
  }
  for (size_t u = 0; u < p.units; ++u) sum[u] = n[u] > 0 ? sum[u] / n[u] : 0.0;
  return sum;
}

int Run(int session, int replicates) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!m.ok() || !reg.ok()) {
    std::fprintf(stderr, "data: %s\n", (!m.ok() ? m.status() : reg.status()).ToString().c_str());
    return 1;
  }
  // Static fits run from session 1, as the query runs them; they use no
  // identical-resolution links.
  const IdealData data = PrepareIdealData(**m, 1, session, {});
  if (data.sessions.empty() || data.sessions.back().session != session) {
    std::fprintf(stderr, "session %d has no ideal points\n", session);
    return 1;
  }
  const std::vector<SessionFit> fits = FitStaticSessions(data.sessions, kAnchorCcode);
  const IrtSession& s = data.sessions.back();
  const IrtProblem& p = s.problem;
  const IrtFit& fit = fits.back().fit;

  // How sharply the roll calls separate the states: mean |b| / sd over the
  // roll calls.
  auto sharpness = [](const IrtFit& f) {
    double sum = 0;
    for (const IrtItem& it : f.item) sum += std::abs(it.b) / std::sqrt(it.s2);
    return sum / static_cast<double>(f.item.size());
  };
  // Both kinds of 95% bias-corrected interval, with the seed `entente ideal
  // --sessions N --bootstrap B` gives the session; the parametric replicates
  // observed as they are refitted.
  const uint64_t seed = IdealSessionSeed(1, session);
  std::vector<double> para_mean(p.units, 0.0), drawn_fit(p.units, 0.0);
  double drawn_sharpness = 0;
  const IrtIntervals para = BootstrapIrt(
      p, fit, replicates, seed, {}, 0.95, IrtResampling::kParametric, [&](const IrtProblem& drawn, const IrtFit& refit) {
        const std::vector<double> lp = LogProbabilityPerVote(p, drawn.votes, refit);
        drawn_sharpness += sharpness(refit) / replicates;
        for (size_t u = 0; u < p.units; ++u) {
          para_mean[u] += refit.x[u] / replicates;
          drawn_fit[u] += lp[u] / replicates;
        }
      });
  const IrtIntervals rc = BootstrapIrt(p, fit, replicates, seed);
  const std::vector<double> real_fit = LogProbabilityPerVote(p, p.votes, fit);

  std::vector<size_t> order(p.units);
  for (size_t u = 0; u < p.units; ++u) order[u] = u;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return fit.x[a] < fit.x[b]; });
  std::printf("session %d (%d): %zu states, %zu roll calls, %d replicates of each kind\n\n", session, 1945 + session,
              p.units, p.items, replicates);
  std::printf("| state | estimate | parametric replicates' mean | parametric interval | roll-call interval | "
              "log P per real vote | log P per drawn vote |\n| --- | --- | --- | --- | --- | --- | --- |\n");
  double real_all = 0, drawn_all = 0;
  for (size_t u : order) {
    const Country* c = (*reg)->Find(CowCode{s.state[u]});
    std::printf("| %s | %.3f | %.3f | [%.3f, %.3f] | [%.3f, %.3f] | %.3f | %.3f |\n",
                c != nullptr ? c->ShortCode().c_str() : std::to_string(s.state[u]).c_str(), fit.x[u], para_mean[u],
                para.lower[u].value_or(NAN), para.upper[u].value_or(NAN), rc.lower[u].value_or(NAN),
                rc.upper[u].value_or(NAN), real_fit[u], drawn_fit[u]);
    real_all += real_fit[u] / static_cast<double>(p.units);
    drawn_all += drawn_fit[u] / static_cast<double>(p.units);
  }
  std::printf("\nmean over states: log P per real vote %.3f, per drawn vote %.3f\n", real_all, drawn_all);
  std::printf("mean |b| / sd over the roll calls: %.3f fitted to the real votes, %.3f to drawn votes\n",
              sharpness(fit), drawn_sharpness);
  return 0;
}

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  int session = 28, replicates = 50;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--session") == 0 && i + 1 < argc) {
      session = std::atoi(argv[++i]);
    } else if (std::strcmp(argv[i], "--replicates") == 0 && i + 1 < argc) {
      replicates = std::atoi(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: ideal_bootstrap_fit [--session N] [--replicates B]\n");
      return 2;
    }
  }
  if (session < 1 || replicates < 1) {
    std::fprintf(stderr, "usage: ideal_bootstrap_fit [--session N] [--replicates B]\n");
    return 2;
  }
  return entente::Run(session, replicates);
}
