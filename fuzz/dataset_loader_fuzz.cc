// libFuzzer target for one dataset loader, chosen at build time by
// ENTENTE_FUZZ_LOADER (fuzz/CMakeLists.txt builds one executable per loader).
// The input is the file's text; the loader must return the whole table or a
// data error naming fuzz.csv, and never crash.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "data/atop_alliance.h"
#include "data/cow_contdir.h"
#include "data/cow_igo.h"
#include "data/cow_majors.h"
#include "data/cow_mid.h"
#include "data/cow_nmc.h"
#include "data/manifest.h"
#include "data/nuclear_plants.h"
#include "data/sipri_transfers.h"
#include "data/td_rivalries.h"
#include "data/un_identical_resolutions.h"
#include "data/un_roll_call_issues.h"
#include "data/un_roll_calls.h"
#include "data/un_votes.h"
#include "data/unsc_vetoes.h"
#include "fuzz_support.h"

namespace {

using entente::Status;

Status Load(std::istream& in, const std::string& source) {
  using namespace entente;
#define ENTENTE_LOADER_IS(name) (std::string_view(ENTENTE_FUZZ_LOADER) == name)
  if (ENTENTE_LOADER_IS("atop_alliance")) return LoadAtopAlliance(in, source).status();
  if (ENTENTE_LOADER_IS("cow_contdir")) return LoadCowContdir(in, source).status();
  if (ENTENTE_LOADER_IS("cow_igo")) return LoadCowIgo(in, source).status();
  if (ENTENTE_LOADER_IS("cow_majors")) return LoadCowMajors(in, source).status();
  if (ENTENTE_LOADER_IS("cow_mid")) return LoadCowMid(in, source).status();
  if (ENTENTE_LOADER_IS("cow_nmc")) return LoadCowNmc(in, source).status();
  if (ENTENTE_LOADER_IS("td_rivalries")) return LoadTdRivalries(in, source).status();
  if (ENTENTE_LOADER_IS("identical_resolutions")) return LoadUnIdenticalResolutions(in, source).status();
  if (ENTENTE_LOADER_IS("un_roll_call_issues")) return LoadUnRollCallIssues(in, source).status();
  if (ENTENTE_LOADER_IS("un_roll_calls")) return LoadUnRollCalls(in, source).status();
  if (ENTENTE_LOADER_IS("un_votes")) return LoadUnVotes(in, source, fuzz::Registry()).status();
  if (ENTENTE_LOADER_IS("unsc_vetoes")) return LoadUnscVetoes(in, source, fuzz::Registry()).status();
  if (ENTENTE_LOADER_IS("nuclear_plants")) return LoadNuclearPlants(in, source, fuzz::Registry()).status();
  if (ENTENTE_LOADER_IS("sipri_transfers")) {
    static const CsvOptions csv = Manifest::Bundle().Find("sipri_transfers")->csv;
    return LoadSipriTransfers(in, source, fuzz::Registry(), csv).status();
  }
  if (ENTENTE_LOADER_IS("country_registry")) {
    // The codelist as input, with a one-state list: its errors may name
    // either file, so only crashes are looked for.
    std::istringstream states("stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
                              "USA,2,United States of America,1816,1,1,2016,12,31,2016\n");
    (void)CountryRegistry::Build(in, source, states, "states.csv", "");
    return Status::Ok();
  }
#undef ENTENTE_LOADER_IS
  __builtin_trap();  // a loader name this file does not know
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::istringstream in(text);
  entente::fuzz::CheckLocated(Load(in, "fuzz.csv"), "fuzz.csv");
  return 0;
}
