// What the UN vote record's coding and coverage mean for an answer, so that
// every command that reads it says the same:
// - partial years: a calendar year holds the end of the session opened the
//   year before (January to September) and the start of its own (from
//   September). The record's last year is partial when none of its roll
//   calls belongs to a session that opened in it: the data stop before its
//   own session, and it holds only the remainder of an earlier one. 2020 is
//   such a year, one roll call of session 74 (the data end before session 75
//   opened); its measures stand on a handful of votes and are not
//   comparable with the full years. A thin year inside the record (1951, 7
//   roll calls) is what the Assembly recorded, not a gap, and is not partial.
// - seats passed to a successor: the votes that RecodeSucceededSeats
//   (data/un_votes.h) moves by date to the state COW codes anew;
// - seats outside the COW state system: states that cast votes in years in
//   which they were not members of it (Ukraine and Belarus before 1991).
//   Häge's (2011) dyadic similarity data and peacesciencer's dyad-years are
//   those of the COW system's members, so the dyad-year outputs leave such
//   state-years out.
#ifndef ENTENTE_QUERY_VOTES_VOTE_RECORD_H_
#define ENTENTE_QUERY_VOTES_VOTE_RECORD_H_

#include <optional>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/period.h"
#include "core/status.h"
#include "data/country_registry.h"
#include "data/vote_matrix.h"
#include "query/workspace.h"

namespace entente {

struct PartialYear {
  int year = 0;
  int roll_calls = 0;       // roll calls dated in the year
  std::vector<int> sessions;  // the earlier sessions they belong to
};

// The partial years of the record (see above), in order: none, or its last.
std::vector<PartialYear> PartialYears(const VoteMatrix& m);
bool IsPartialYear(const std::vector<PartialYear>& partial, int year);
// One sentence naming the partial years inside `years` (all when nullopt),
// or "" when none is; `column` adds that the answer's partial_year column
// marks them.
std::string PartialYearsNote(const std::vector<PartialYear>& partial, const std::optional<Period>& years,
                             bool column = true);

// The last year of the COW state list (2016 in v2016).
int StateSystemEnd(const CountryRegistry& registry);
// Whether `c` was a member of the COW state system on some day of `year`.
// After the list's last year (`system_end`), a state whose membership lasts
// to it is taken to go on: the list ends there, the states do not.
bool InStateSystem(const Country& c, int year, int system_end);

struct SeatOutsideSystem {
  CowCode ccode;
  std::vector<Period> years;  // years with votes in which it was not a member, as runs
};
// Every state of the record that voted in a year outside its membership.
std::vector<SeatOutsideSystem> SeatsOutsideSystem(const VoteMatrix& m, const CountryRegistry& registry);

// How answers use the notes below.
enum class SeatNoteUse {
  kDyad,       // a pair's alignment: such votes are counted, and the note says the dyad-years leave them out
  kDyadYears,  // dyad-year tables: such state-years form no row
};

// The notes on the coding of seats for an answer over `years` (every year
// when nullopt) about `states` (every state when empty): the successions
// whose date falls in or before the period's end and that involve one of the
// states, and the states that voted outside the state system in the period.
Result<std::vector<std::string>> SeatNotes(Workspace& ws, const VoteMatrix& m, const std::optional<Period>& years,
                                           const std::vector<CowCode>& states, SeatNoteUse use);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTE_RECORD_H_
