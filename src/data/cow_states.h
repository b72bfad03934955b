// Loader of the Correlates of War state system membership list, by date.
//
// Dataset: cow/cow_states.csv (id cow_states), one row per spell of
// membership, 1816-2016. Publisher: Correlates of War Project, State System
// Membership v2016, as tidied by peacesciencer (Miller 2022);
// https://correlatesofwar.org/data-sets/state-system-membership/.
// Citation: Correlates of War Project (2017), "State System Membership List,
// v2016". Columns used: ccode; styear, stmonth, stday (the spell's first
// day); endyear, endmonth, endday (its last day). Quirks: a state may have
// several spells (Cuba, the Baltic states, Germany, ...); a spell may start
// and end within one year; 2016-12-31 is where the list stops, not the end
// of a state. The country registry reads the same file for years only; the
// panel needs the days, to know whether two states were members on a
// common day (see docs/PANELS.md).
#ifndef ENTENTE_DATA_COW_STATES_H_
#define ENTENTE_DATA_COW_STATES_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"

namespace entente {

struct MembershipSpell {
  CowCode ccode;
  CalendarDate start;  // first day of membership
  CalendarDate end;    // last day of membership
};

// Reads every spell (file order); a data error names file:line:column on a
// bad field or a spell that ends before it starts.
Result<std::vector<MembershipSpell>> LoadCowStates(std::istream& in, const std::string& source);
Result<std::vector<MembershipSpell>> LoadCowStates(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_STATES_H_
