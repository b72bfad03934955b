// Benchmarks of the arms pipeline on the bundle's trade register: loading it
// (from memory, so disk speed does not count) and the measures behind each
// `entente arms` command. Run: build/release/bench/sipri_transfers_bench.
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>

#include "data/country_registry.h"
#include "data/manifest.h"
#include "data/sipri_transfers.h"
#include "measures/herfindahl.h"
#include "measures/tiv_totals.h"
#include "support/bundle.h"

namespace entente {
namespace {

struct Bundle {
  std::string text;
  const DatasetInfo* info = nullptr;
  std::unique_ptr<CountryRegistry> registry;
};

const Bundle* LoadBundle() {
  static const Bundle* bundle = [] {
    auto dir = testing::BundleDir();
    if (!dir) return static_cast<Bundle*>(nullptr);
    auto* b = new Bundle;
    b->info = Manifest::Bundle().Find("sipri_transfers");
    std::ifstream in(*dir / b->info->path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    b->text = s.str();
    b->registry = std::make_unique<CountryRegistry>(std::move(CountryRegistry::Load(*dir).value()));
    return b;
  }();
  return bundle;
}

void BM_LoadRegister(benchmark::State& state) {
  const Bundle* b = LoadBundle();
  if (b == nullptr) {
    state.SkipWithError("data bundle not found (set ENTENTE_DATA)");
    return;
  }
  for (auto _ : state) {
    std::istringstream in(b->text);
    Result<ArmsRegister> reg = LoadSipriTransfers(in, b->info->path, *b->registry, b->info->csv);
    benchmark::DoNotOptimize(reg.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(b->text.size()));
}
BENCHMARK(BM_LoadRegister)->Unit(benchmark::kMillisecond);

void BM_SupplierSharesAndConcentration(benchmark::State& state) {
  const Bundle* b = LoadBundle();
  if (b == nullptr) {
    state.SkipWithError("data bundle not found (set ENTENTE_DATA)");
    return;
  }
  std::istringstream in(b->text);
  ArmsRegister reg = std::move(LoadSipriTransfers(in, b->info->path, *b->registry, b->info->csv).value());
  std::optional<ActorId> pakistan = reg.FindState(CowCode{770});
  for (auto _ : state) {
    TivFilter filter{std::nullopt, pakistan, Period{1995, 2024}};
    auto cube = TivByActorYear(reg, filter, TradeSide::kSupplier);
    std::vector<double> totals;
    for (const auto& [id, tiv] : TivByActor(reg, filter, TradeSide::kSupplier)) totals.push_back(tiv);
    benchmark::DoNotOptimize(HerfindahlIndex(totals));
    benchmark::DoNotOptimize(cube.size());
  }
}
BENCHMARK(BM_SupplierSharesAndConcentration)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
