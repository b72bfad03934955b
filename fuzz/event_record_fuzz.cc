// libFuzzer target for the event-record parser (TOML, docs/EVENTS.md), with
// states resolved by the bundle's registry: any text gives events or a list
// of problems naming fuzz.toml, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/event_record.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  entente::RecordProblems problems;
  entente::EventRecord record = entente::ParseEventRecord(text, "fuzz.toml", entente::fuzz::Registry(), &problems);
  (void)record;
  entente::fuzz::CheckLocated(problems.ToStatus(), "fuzz.toml");
  return 0;
}
