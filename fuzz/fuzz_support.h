// What the libFuzzer targets share: the country registry of the data bundle
// (read once from $ENTENTE_DATA, else ../shared/data), which the loaders of
// named states need, and the rule every target checks: bad input ends in a
// Status naming the source, never in a crash, a hang or a sanitizer report.
#ifndef ENTENTE_FUZZ_FUZZ_SUPPORT_H_
#define ENTENTE_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/status.h"
#include "data/country_registry.h"

namespace entente::fuzz {

inline const CountryRegistry& Registry() {
  static const CountryRegistry* registry = [] {
    const char* env = std::getenv("ENTENTE_DATA");
    std::filesystem::path dir = env != nullptr && *env != '\0' ? env : "../shared/data";
    Result<CountryRegistry> r = CountryRegistry::Load(dir);
    if (!r.ok()) {
      std::fprintf(stderr, "fuzz: the registry needs the data bundle (ENTENTE_DATA): %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return new CountryRegistry(std::move(r.value()));  // kept for the process
  }();
  return *registry;
}

// A failed parse must say where: its message starts with the source's name.
inline void CheckLocated(const Status& st, const std::string& source) {
  if (!st.ok() && st.message().rfind(source, 0) != 0) {
    std::fprintf(stderr, "fuzz: error without its source: %s\n", st.ToString().c_str());
    __builtin_trap();
  }
}

}  // namespace entente::fuzz

#endif  // ENTENTE_FUZZ_FUZZ_SUPPORT_H_
