// Ideal points without process start: preparing the sessions from the vote
// matrix, the static fits of all sessions 1946-2019, the dynamic fit, and the
// truncated-normal moments the fit computes once per vote and pass.
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "measures/truncated_normal.h"
#include "query/ideal/ideal_query.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {
namespace {

void BM_PrepareIdealData(benchmark::State& state) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  if (!m.ok()) {
    state.SkipWithError(m.status().ToString().c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(PrepareIdealData(**m, 1, 74, {}));
}
BENCHMARK(BM_PrepareIdealData)->Unit(benchmark::kMillisecond);

// One million moments of yes, no and abstain votes over a spread of means.
void BM_VoteMoments(benchmark::State& state, bool with_log) {
  constexpr int kVotes = 1 << 20;
  for (auto _ : state) {
    double sum = 0;
    for (int k = 0; k < kVotes; ++k) {
      double mu = -4.0 + 8.0 * (k % 997) / 997.0;
      TruncatedMoments m = OrdinalVoteMoments(static_cast<uint8_t>(k % 3), mu, 0.9, with_log);
      sum += m.mean + m.var + m.log_p;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * kVotes);
}
BENCHMARK_CAPTURE(BM_VoteMoments, without_log, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_VoteMoments, with_log, true)->Unit(benchmark::kMillisecond);

void BM_IdealPoints(benchmark::State& state, bool dynamic) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  for (auto _ : state) {
    Result<IdealEstimates> e = EstimateIdealPoints(ws, IdealSpec{1, 74, dynamic, 0, 1, {}, false});
    if (!e.ok()) state.SkipWithError(e.status().ToString().c_str());
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK_CAPTURE(BM_IdealPoints, static_all_sessions, false)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_IdealPoints, dynamic_all_sessions, true)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
