// Loader of the UN Security Council veto list.
//
// Dataset: unsc/unsc_vetoes_1946_sept2022.csv (id unsc_vetoes), one row per
// vetoed draft, February 1946 to September 2022. Publisher: Carlos L. Yordan
// (world-politics-datalab), compiled from the UN Dag Hammarskjold Library's
// veto list, https://research.un.org/en/docs/sc/quick.
// Citation: Carlos L. Yordan, UN Security Council vetoes 1946-2022.
// Columns used: year, date (M/D/YYYY), draft (draft resolution symbol),
// meeting_record (S/PV.n, or letters S/2020/n for meetings held by letter),
// agenda_item, crisis_topic, region, member_veto1..3 (who vetoed: China,
// France, Russia, USSR, UK or USA, resolved through the country registry).
// Quirks: three records have line breaks inside the quoted meeting_record
// (two symbols), which are kept as written. The seat listed as "China" was
// the Republic of China's until 25 October 1971 (General Assembly resolution
// 2758), so a "China" veto before that day is credited to COW 713, as the UN
// votes credit that seat's votes to Taiwan. The per-member 0/1 columns
// (China, France, ...) are not read: in 28 rows they disagree with the
// member_veto columns, which name every vetoing member. `year` must agree
// with the date.
#ifndef ENTENTE_DATA_UNSC_VETOES_H_
#define ENTENTE_DATA_UNSC_VETOES_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"
#include "data/country_registry.h"

namespace entente {

struct VetoCaster {
  std::string listed_as;  // the name in the file, e.g. "USSR"
  CowCode ccode;          // the state that held the seat that day
};

struct Veto {
  CalendarDate date;
  std::string draft;
  std::string meeting_record;
  std::string agenda_item;
  std::string topic;   // crisis_topic
  std::string region;
  std::vector<VetoCaster> by;  // one to three members, in the file's order
};

// The day the People's Republic took China's seat (UNGA resolution 2758).
inline constexpr CalendarDate kChinaSeatChange{1971, 10, 25};

// Reads every veto (file order); a data error names file:line:column, e.g. for
// a member name the registry does not know or a year that contradicts the date.
Result<std::vector<Veto>> LoadUnscVetoes(std::istream& in, const std::string& source,
                                         const CountryRegistry& registry);
Result<std::vector<Veto>> LoadUnscVetoes(const std::filesystem::path& path, const CountryRegistry& registry);

}  // namespace entente

#endif  // ENTENTE_DATA_UNSC_VETOES_H_
