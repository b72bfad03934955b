// Ideal points without process start: preparing the sessions from the vote
// matrix, the static fits of all sessions 1946-2019, and the dynamic fit.
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "query/ideal_query.h"
#include "query/vote_matrix_source.h"

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

void BM_IdealPoints(benchmark::State& state, bool dynamic) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  for (auto _ : state) {
    Result<IdealEstimates> e = EstimateIdealPoints(ws, IdealSpec{1, 74, dynamic, 0, 1, {}});
    if (!e.ok()) state.SkipWithError(e.status().ToString().c_str());
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK_CAPTURE(BM_IdealPoints, static_all_sessions, false)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_IdealPoints, dynamic_all_sessions, true)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
