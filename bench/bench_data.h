// Where benchmarks find the data bundle: $ENTENTE_DATA, else ../shared/data.
#ifndef ENTENTE_BENCH_BENCH_DATA_H_
#define ENTENTE_BENCH_BENCH_DATA_H_

#include <cstdlib>
#include <filesystem>

namespace entente::bench {

inline std::filesystem::path BundleDir() {
  const char* env = std::getenv("ENTENTE_DATA");
  if (env != nullptr && *env != '\0') return env;
  return std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "data";
}

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_BENCH_DATA_H_
