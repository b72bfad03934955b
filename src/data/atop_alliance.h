// Loader of ATOP alliance obligations, directed dyad-years.
//
// Dataset: cow/atop_alliance.csv (id atop_alliance), 1815-2018. Publisher:
// Alliance Treaty Obligations and Provisions project, version 5.0, as tidied
// by peacesciencer (Miller 2022); http://www.atopdata.org/.
// Citation: Leeds, Ritter, Mitchell and Long (2002), "Alliance Treaty
// Obligations and Provisions, 1815-1944", International Interactions 28.
// Columns used: ccode1, ccode2, year, and five 0/1 pledges: atop_defense,
// atop_offense, atop_neutral, atop_nonagg (non-aggression), atop_consul
// (consultation in a crisis).
// Quirks: the file lists only dyad-years with an alliance, in both
// directions; a pledge need not be mutual (1,300 directed rows differ from
// their reverse), so the row (ccode1, ccode2) is read as ccode1's pledges
// toward ccode2. 170 rows carry an alliance with none of the five pledges.
#ifndef ENTENTE_DATA_ATOP_ALLIANCE_H_
#define ENTENTE_DATA_ATOP_ALLIANCE_H_

#include <array>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/status.h"

namespace entente {

enum class AtopPledge { kDefense, kOffense, kNeutrality, kNonAggression, kConsultation };
inline constexpr size_t kAtopPledgeCount = 5;
// "defense", "offense", "neutrality", "non_aggression", "consultation".
const char* AtopPledgeName(AtopPledge p);
// The column of the pledge in tables, peacesciencer's name: "atop_defense",
// "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul".
const char* AtopPledgeColumn(AtopPledge p);

struct AtopDyadYear {
  CowCode ccode1;
  CowCode ccode2;
  int year = 0;
  std::array<bool, kAtopPledgeCount> pledges{};  // indexed by AtopPledge
  bool Has(AtopPledge p) const { return pledges[static_cast<size_t>(p)]; }
};

// Reads every row (file order); a data error names file:line:column.
Result<std::vector<AtopDyadYear>> LoadAtopAlliance(std::istream& in, const std::string& source);
Result<std::vector<AtopDyadYear>> LoadAtopAlliance(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_ATOP_ALLIANCE_H_
