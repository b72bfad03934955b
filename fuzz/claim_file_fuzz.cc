// libFuzzer target for the claim-file parser (TOML, docs/CLAIMS.md): any text
// gives a claim file or a located error naming fuzz.toml, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "query/claims/claim_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  entente::fuzz::CheckLocated(entente::ParseClaimFile(text, "fuzz.toml").status(), "fuzz.toml");
  return 0;
}
