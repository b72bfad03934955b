// Loader of shared IGO memberships, non-directed dyad-years.
//
// Dataset: cow/cow_igo_ndy.csv (id cow_igo), 1816-2014. Publisher: Correlates
// of War Project, IGO data v3.0, as tidied by peacesciencer (Miller 2022);
// https://correlatesofwar.org/data-sets/igos/.
// Citation: Pevehouse, Nordstrom, McManus and Jamison (2020), "Tracking
// Organizations in the World: The Correlates of War IGO Version 3.0
// datasets", Journal of Peace Research 57(3).
// Columns used: ccode1, ccode2 (ccode1 < ccode2), year, dyadigos (the number
// of intergovernmental organisations in which both states are full members).
// Quirks: every dyad-year of two system members is listed, with 0 when they
// share none; a row with ccode1 >= ccode2 is an error, since the file is
// non-directed. The IGOs' names are not in this file.
#ifndef ENTENTE_DATA_COW_IGO_H_
#define ENTENTE_DATA_COW_IGO_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/status.h"

namespace entente {

struct IgoDyadYear {
  CowCode ccode1;  // the smaller code
  CowCode ccode2;
  int year = 0;
  int shared = 0;  // IGOs with both as full members
};

// Reads every row (file order); a data error names file:line:column.
Result<std::vector<IgoDyadYear>> LoadCowIgo(std::istream& in, const std::string& source);
Result<std::vector<IgoDyadYear>> LoadCowIgo(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_IGO_H_
