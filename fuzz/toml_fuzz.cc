// libFuzzer target for TOML parsing (data/toml_parse: the TOML 1.0 check of
// data/toml_lexer, then toml++ on the text it accepts), under every file
// entente reads as TOML: any text gives a table or a located error naming
// fuzz.toml, never a crash, an assertion or undefined behaviour in toml++.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/toml_parse.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  entente::fuzz::CheckLocated(entente::ParseToml(text, "fuzz.toml").status(), "fuzz.toml");
  return 0;
}
