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
//   the GDR DD and South Yemen YD are mapped by the registry's alias table;
// - a seat that passed to a state COW codes anew is filed under the old state
//   after the new one began: the Federal Republic of Germany (260) votes to
//   6 December 1990, though united Germany (255) began on 3 October, and the
//   Yemen Arab Republic (678) through 1990, though Yemen (679) began on 22
//   May. RecodeSucceededSeats moves those votes by date (below);
// - Ukraine (369) and Belarus (370) were UN members from 1945 but enter the
//   COW state system only in December 1991; their votes are kept under their
//   codes, and the dyad-year outputs leave out states that were not members
//   of the system in a year (query/votes/votes_dyad_years.h).
#ifndef ENTENTE_DATA_UN_VOTES_H_
#define ENTENTE_DATA_UN_VOTES_H_

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"
#include "data/country_registry.h"
#include "data/cow_states.h"
#include "data/un_roll_calls.h"

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

// One UN seat of the registry's succession table (CountryRegistry::
// UnSeatSuccessions): the votes filed under `seat` and cast on or after
// `since`, the successor's first day in the COW state system after the
// seat's own first day, are the successor's.
struct UnSeatSuccession {
  CowCode seat;
  CowCode successor;
  CalendarDate since;
  int64_t votes = 0;  // votes moved (RecodeSucceededSeats)
};

// The registry's successions with their dates from the membership spells; a
// data error when a successor has no spell that starts after the seat's
// first one.
Result<std::vector<UnSeatSuccession>> UnSeatSuccessions(const CountryRegistry& registry,
                                                        const std::vector<MembershipSpell>& spells);

// Recodes each vote of a succeeded seat cast (by its roll call's date) on or
// after the successor's first day, and returns the successions with the
// votes moved. A vote on an rcid without a roll call is left for
// VoteMatrix::Build to report.
Result<std::vector<UnSeatSuccession>> RecodeSucceededSeats(std::vector<UnVote>* votes,
                                                           const std::vector<RollCall>& roll_calls,
                                                           const std::vector<MembershipSpell>& spells,
                                                           const CountryRegistry& registry);

}  // namespace entente

#endif  // ENTENTE_DATA_UN_VOTES_H_
