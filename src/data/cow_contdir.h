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
// 150 or 400 miles of water. Quirks: COW's master record lists contiguity
// only; the 180 rows with conttype 0 (90 pairs) are peacesciencer's addition
// (its data-raw/cow_contdir.R): for a pair that COW lists at some time, the
// months in which both were members of the state system and COW records no
// contiguity, as one row from the first to the last such month. So 0 means
// "not contiguous" (no border and more than 400 miles of water), not a type
// of contiguity, and a 0 row may overlap a COW spell of the same pair (24
// spells of 20 pairs: Germany and Italy 1816-2016 around their land border
// of 1938-1945).
// The rows are kept; ContiguityLabel(0) says what they mean, and no query
// lets one stand for a border or hide a COW spell. An end date of 2016-12 is
// the end of coverage. Each spell appears in both directions.
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

// "land or river border" for 1, "up to 12 miles of water" for 2, and so on;
// "not contiguous (no COW contiguity record)" for peacesciencer's 0.
const char* ContiguityLabel(int conttype);

// Reads every spell (file order); a data error names file:line:column.
Result<std::vector<ContiguitySpell>> LoadCowContdir(std::istream& in, const std::string& source);
Result<std::vector<ContiguitySpell>> LoadCowContdir(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_CONTDIR_H_
