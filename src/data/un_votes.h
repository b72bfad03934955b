// Loader of unga/un_votes.csv: one row per state and UN General Assembly roll call.
//
// Dataset: United Nations General Assembly Voting Data, Voeten, Strezhnev and
// Bailey, Harvard Dataverse hdl:1902.1/12379 (CC0), tidy form of the `unvotes`
// R package; 1946-2019, 870,109 votes (693,664 yes, 110,897 abstain, 65,548 no).
// Columns: rcid, country (name), country_code (ISO 3166 alpha-2, quoted), vote
// (yes, abstain or no). Absences are not rows.
// Quirks handled here:
// - a quoted "NA" is Namibia's code; an unquoted NA is a missing code (Federal
//   Republic of Germany 1973-1990, Yemen Arab Republic, Zanzibar): those rows
//   are identified by their name;
// - China's seat before October 1971 was the Republic of China's: its votes
//   are under Taiwan/TW (ccode 713), and China/CN (710) starts in 1971;
// - the USSR votes under Russia/RU (365); Yugoslavia YU, Czechoslovakia CS,
//   the GDR DD and South Yemen YD are mapped by the registry's alias table.
#ifndef ENTENTE_DATA_UN_VOTES_H_
#define ENTENTE_DATA_UN_VOTES_H_

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/status.h"
#include "data/country_registry.h"

namespace entente {

// Coded as in DESIGN.md: yes 1, abstain 2, no 3.
enum class VoteChoice : uint8_t { kYes = 1, kAbstain = 2, kNo = 3 };

struct UnVote {
  int64_t rcid;
  CowCode ccode;
  VoteChoice choice;
};

// Reads every vote. A code or name the registry does not know, or a vote
// other than yes/abstain/no, is a data error with file, line and column.
Result<std::vector<UnVote>> LoadUnVotes(std::istream& in, const std::string& source, const CountryRegistry& registry);

}  // namespace entente

#endif  // ENTENTE_DATA_UN_VOTES_H_
