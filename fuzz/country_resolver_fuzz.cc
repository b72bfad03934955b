// libFuzzer target for the country resolver: whatever a user types (any
// bytes, any length) resolves to one state or gives a usage error, never a
// crash or a deep recursion, and a resolved state is one of the registry's.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const entente::CountryRegistry& registry = entente::fuzz::Registry();
  entente::Result<const entente::Country*> c = registry.Resolve(text);
  if (c.ok() && registry.Find((*c)->ccode) != *c) __builtin_trap();
  return 0;
}
