// The vote engine without process start: building the vote matrix from the
// CSV files, loading it from its snapshot, one dyad pooled over 1971-2017,
// and scoring every dyad-year of the record (no output).
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "data/vote_matrix_cache.h"
#include "query/votes/vote_matrix_source.h"
#include "query/votes/vote_scores.h"
#include "query/votes/votes_dyad_years.h"

namespace entente {
namespace {

void BM_BuildVoteMatrixFromCsv(benchmark::State& state) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  for (auto _ : state) {
    Result<VoteMatrix> m = LoadVoteMatrixFromCsv(ws);
    if (!m.ok()) state.SkipWithError(m.status().ToString().c_str());
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_BuildVoteMatrixFromCsv)->Unit(benchmark::kMillisecond);

void BM_ScoreOneDyad(benchmark::State& state) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  if (!m.ok()) {
    state.SkipWithError(m.status().ToString().c_str());
    return;
  }
  VoteFilter f;
  f.years = Period{1971, 2017};
  size_t a = *(*m)->MemberIndex(CowCode{770}), b = *(*m)->MemberIndex(CowCode{710});
  for (auto _ : state) {
    RollCallMask mask = BuildMask(**m, f);
    benchmark::DoNotOptimize(ScoreDyad(**m, a, b, mask, f));
  }
}
BENCHMARK(BM_ScoreOneDyad)->Unit(benchmark::kMicrosecond);

void BM_ScoreEveryDyadYear(benchmark::State& state) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  Result<DyadYearsQuery> q = DyadYearsQuery::Prepare(ws, DyadYearsRequest{});
  if (!q.ok()) {
    state.SkipWithError(q.status().ToString().c_str());
    return;
  }
  int64_t rows = 0;
  for (auto _ : state) {
    q->Run([&](const std::vector<Cell>&) { ++rows; });
  }
  state.counters["rows"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_ScoreEveryDyadYear)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
