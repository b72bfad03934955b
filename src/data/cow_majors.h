// Loader of the Correlates of War major powers list.
//
// Dataset: cow/cow_majors.csv (id cow_majors), one row per spell of major
// power status, 1816-2016. Publisher: Correlates of War Project, State System
// Membership v2016, as tidied by peacesciencer (Miller 2022).
// Citation: Correlates of War Project (2017), "State System Membership List,
// v2016". Columns used: ccode, styear, stmonth, stday, endyear, endmonth,
// endday (the spell's first and last day). Quirks: a state may have several
// spells (Germany, Japan, Russia, France); `version` is not used.
#ifndef ENTENTE_DATA_COW_MAJORS_H_
#define ENTENTE_DATA_COW_MAJORS_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"

namespace entente {

struct MajorPowerSpell {
  CowCode ccode;
  CalendarDate start;
  CalendarDate end;
};

struct MajorPowers {
  std::vector<MajorPowerSpell> spells;  // in file order
  // True when `ccode` was a major power on any day of `year`.
  bool IsMajor(CowCode ccode, int year) const;
};

// Reads the whole list; a data error names file:line:column on a bad field or
// a spell that ends before it starts.
Result<MajorPowers> LoadCowMajors(std::istream& in, const std::string& source);
Result<MajorPowers> LoadCowMajors(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_MAJORS_H_
