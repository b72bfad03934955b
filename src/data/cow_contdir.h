// Loader of COW direct contiguity, directed dyads with dated spells.
//
// Dataset: cow/cow_contdir.csv (id cow_contdir), 1816-2016. Publisher:
// Correlates of War Project, Direct Contiguity v3.2, as tidied by
// peacesciencer (Miller 2022); https://correlatesofwar.org/data-sets/direct-contiguity/.
// Citation: Stinnett, Tir, Schafer, Diehl and Gochman (2002), "The Correlates
// of War Project Direct Contiguity Data, Version 3", Conflict Management and
// Peace Science 19(2).
// Columns used: ccode1, ccode2, conttype, stdate, enddate (YYYY-MM-DD; COW
// dates spells by month, so the day is 01).
// conttype: 1 land or river border; 2, 3, 4, 5 separated by at most 12, 24,
// 150 or 400 miles of water. Quirks: 180 rows carry conttype 0, which the COW
// codebook does not define; they are kept and labelled as such. An end date
// of 2016-12 is the end of coverage. Each spell appears in both directions.
#ifndef ENTENTE_DATA_COW_CONTDIR_H_
#define ENTENTE_DATA_COW_CONTDIR_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"

namespace entente {

struct ContiguitySpell {
  CowCode ccode1;
  CowCode ccode2;
  int conttype = 0;
  CalendarDate start;
  CalendarDate end;
};

// "land or river border" for 1, "up to 12 miles of water" for 2, and so on.
const char* ContiguityLabel(int conttype);

// Reads every spell (file order); a data error names file:line:column.
Result<std::vector<ContiguitySpell>> LoadCowContdir(std::istream& in, const std::string& source);
Result<std::vector<ContiguitySpell>> LoadCowContdir(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_CONTDIR_H_
