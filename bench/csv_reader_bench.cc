// Throughput of the CSV reader on the largest file of the bundle,
// unga/un_votes.csv (24 MB), parsed from memory and from the file, and on the
// SIPRI register (preamble, line-end mark, CRLF). Reports bytes/s.
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "data/csv_reader.h"

namespace entente {
namespace {

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void ParseAll(std::istream& in, const CsvOptions& options, benchmark::State& state) {
  CsvReader reader(in, "bench", options);
  if (!reader.Start().ok()) state.SkipWithError("cannot parse header");
  CsvRecord rec;
  bool has = false;
  int64_t fields = 0;
  while (reader.Next(&rec, &has).ok() && has) fields += static_cast<int64_t>(rec.size());
  benchmark::DoNotOptimize(fields);
}

void BM_ParseUnVotesFromMemory(benchmark::State& state) {
  std::string text = ReadFile(bench::BundleDir() / "unga/un_votes.csv");
  if (text.empty()) state.SkipWithError("unga/un_votes.csv not found; set ENTENTE_DATA");
  for (auto _ : state) {
    std::istringstream in(text);
    ParseAll(in, {}, state);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseUnVotesFromMemory)->Unit(benchmark::kMillisecond);

void BM_ParseUnVotesFromFile(benchmark::State& state) {
  std::filesystem::path p = bench::BundleDir() / "unga/un_votes.csv";
  std::error_code ec;
  auto size = std::filesystem::file_size(p, ec);
  if (ec) state.SkipWithError("unga/un_votes.csv not found; set ENTENTE_DATA");
  for (auto _ : state) {
    std::ifstream in(p, std::ios::binary);
    ParseAll(in, {}, state);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(size));
}
BENCHMARK(BM_ParseUnVotesFromFile)->Unit(benchmark::kMillisecond);

void BM_ParseSipriRegister(benchmark::State& state) {
  std::string text = ReadFile(bench::BundleDir() / "sipri/trade_register.csv");
  if (text.empty()) state.SkipWithError("sipri/trade_register.csv not found; set ENTENTE_DATA");
  CsvOptions options{.preamble_lines = 11, .line_end_mark = ';'};
  for (auto _ : state) {
    std::istringstream in(text);
    ParseAll(in, options, state);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseSipriRegister)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
