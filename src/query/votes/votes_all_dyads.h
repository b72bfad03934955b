// One agreement measure for every dyad of the General Assembly over a period:
// the distribution a pair's value is read against ("0.81 is above 78% of the
// dyads of 2013-2018"). Every pair of members that voted on at least `min_n`
// of the same roll calls counts once (agreement is symmetric).
#ifndef ENTENTE_QUERY_VOTES_VOTES_ALL_DYADS_H_
#define ENTENTE_QUERY_VOTES_VOTES_ALL_DYADS_H_

#include <cstdint>
#include <map>
#include <vector>

#include "core/status.h"
#include "measures/vote_measure_registry.h"
#include "query/votes/vote_filter.h"
#include "query/workspace.h"

namespace entente {

// The measure's values of every dyad with n >= min_n, sorted increasing;
// dyads whose measure is undefined are left out.
Result<std::vector<double>> MeasureOfEveryDyad(Workspace& ws, const VoteFilter& filter, const VoteMeasureInfo& measure,
                                               int64_t min_n);

// The same for each calendar year of the record (the years of the roll
// calls' dates), over that year's roll calls: every dyad with n >= min_n in
// the year, each year's values sorted increasing; years without such a dyad
// are left out, as are the partial years (query/votes/vote_record.h).
Result<std::map<int, std::vector<double>>> MeasureOfEveryDyadByYear(Workspace& ws, const VoteMeasureInfo& measure,
                                                                    int64_t min_n);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTES_ALL_DYADS_H_
