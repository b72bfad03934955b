// Loader of COW militarised interstate disputes, directed dispute-dyad-years.
//
// Dataset: cow/cow_mid_ddydisps.csv (id cow_mid), 1816-2014. Publisher:
// Correlates of War Project, MID 5.0, as tidied by peacesciencer (Miller
// 2022); https://correlatesofwar.org/data-sets/mids/.
// Citation: Palmer et al. (2022), "The MID5 Dataset, 2011-2014", Conflict
// Management and Peace Science 39(4).
// Columns used: dispnum, ccode1, ccode2, year; cowmidonset (1 in the year the
// dispute began for the dyad); sidea1, sidea2 (1 when the state is on side A,
// the side that took the first militarised action); orig1, orig2 (1 when the
// state was in the dispute from its first day); hostlev1, hostlev2 (each
// state's highest hostility level, 1 no militarised action, 2 threat to use
// force, 3 display of force, 4 use of force, 5 war); hiact1, hiact2 (highest
// action, 0-23); hostlev (the dispute's highest level); fatality (dispute
// fatality level 0-6: none, 1-25, 26-100, 101-250, 251-500, 501-999, 1000+).
// Quirks: -9 marks an unknown fatality level and becomes nullopt; each
// dispute-dyad-year appears twice, once per direction.
#ifndef ENTENTE_DATA_COW_MID_H_
#define ENTENTE_DATA_COW_MID_H_

#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/status.h"

namespace entente {

struct MidDyadYear {
  int dispnum = 0;
  CowCode ccode1;
  CowCode ccode2;
  int year = 0;
  bool onset = false;
  bool side_a1 = false;
  bool side_a2 = false;
  bool orig1 = false;
  bool orig2 = false;
  int hostlev1 = 0;
  int hostlev2 = 0;
  int hiact1 = 0;
  int hiact2 = 0;
  int hostlev = 0;
  std::optional<int> fatality;
};

// "threat to use force" for 2, and so on; "" outside 1-5.
const char* HostilityLabel(int hostlev);
// "1-25 deaths" for 1, and so on; "" outside 0-6.
const char* FatalityLabel(int fatality);

// Reads every row (file order); a data error names file:line:column.
Result<std::vector<MidDyadYear>> LoadCowMid(std::istream& in, const std::string& source);
Result<std::vector<MidDyadYear>> LoadCowMid(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_MID_H_
