// The vote record prepared for the ideal-point models: per session, the
// contested roll calls and the states that voted on enough of them.
//
// Filtering (documented in docs/IDEAL_POINTS.md): a roll call is dropped when
// it is unanimous or near-unanimous, i.e. when the votes outside its largest
// choice are under kMinMinorityShare of the votes cast; then a state is
// dropped from a session when it cast fewer than kMinStateVotes votes on the
// roll calls kept. Session s is year 1945 + s (the year it opened).
#ifndef ENTENTE_QUERY_IDEAL_IDEAL_DATA_H_
#define ENTENTE_QUERY_IDEAL_IDEAL_DATA_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "data/un_identical_resolutions.h"
#include "data/vote_matrix.h"
#include "measures/dynamic_ideal_points.h"
#include "measures/ideal_sessions.h"

namespace entente {

inline constexpr double kMinMinorityShare = 0.025;
inline constexpr int kMinStateVotes = 10;

inline int SessionYear(int session) { return 1945 + session; }

struct IdealSessionInfo {
  int session = 0;
  size_t roll_calls = 0;          // roll calls with votes in the session
  size_t roll_calls_dropped = 0;  // unanimous or near-unanimous
  size_t states_dropped = 0;      // fewer than kMinStateVotes votes
  std::vector<size_t> unit_member;  // VoteMatrix member of each unit
  std::vector<int> n_votes;         // votes of each unit on the kept roll calls
  std::vector<size_t> item_roll_call;  // VoteMatrix position of each item
};

struct IdealData {
  std::vector<IrtSession> sessions;  // only sessions with kept roll calls, in order
  std::vector<IdealSessionInfo> info;
  std::vector<std::pair<IrtItemRef, IrtItemRef>> links;
  std::vector<int64_t> missing_rcids;  // named by a pair but not in the roll calls, sorted, unique
  size_t pairs_missing = 0;            // pairs naming such a roll call
  size_t links_unused = 0;             // pairs with a roll call outside the sessions or dropped
  std::vector<int> sessions_skipped;   // no state with enough votes on contested roll calls
};

// Prepares sessions [first, last] (inclusive). States are keyed by COW code.
IdealData PrepareIdealData(const VoteMatrix& matrix, int first, int last,
                           const std::vector<IdenticalResolutionPair>& pairs);

}  // namespace entente

#endif  // ENTENTE_QUERY_IDEAL_IDEAL_DATA_H_
