// VoteMatrix: the UN General Assembly record in a form made for pairwise work.
//
// Roll calls are ordered by date (then rcid), so that a year is a contiguous
// run of roll calls. For each state and each choice (yes, abstain, no) one
// bit set over the roll calls says where the state cast that choice; a dyad's
// 3x3 table of choices over any set of roll calls is then nine AND+popcount
// passes over a few machine words. The whole record takes about half a
// megabyte of bits.
#ifndef ENTENTE_DATA_VOTE_MATRIX_H_
#define ENTENTE_DATA_VOTE_MATRIX_H_

#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/country.h"
#include "core/status.h"
#include "data/un_roll_call_issues.h"
#include "data/un_roll_calls.h"
#include "data/un_votes.h"

namespace entente {

class VoteMatrix {
 public:
  VoteMatrix() = default;
  // Builds the matrix. A vote on an rcid missing from the roll calls, an issue
  // tag on an unknown rcid, or two votes by one state on one roll call is a
  // data error.
  static Result<VoteMatrix> Build(std::vector<RollCall> roll_calls, const std::vector<RollCallIssue>& issues,
                                  const std::vector<UnVote>& votes);

  size_t roll_call_count() const { return roll_calls_.size(); }
  // Roll call at position i (date order).
  const RollCall& roll_call(size_t i) const { return roll_calls_[i]; }
  const std::vector<RollCall>& roll_calls() const { return roll_calls_; }
  // States with at least one vote, ordered by COW code.
  const std::vector<CowCode>& members() const { return members_; }
  std::optional<size_t> MemberIndex(CowCode code) const;
  // Number of 64-bit words in each bit set.
  size_t words() const { return words_; }
  // The bit set of roll calls where `member` cast `choice`.
  const uint64_t* Bits(size_t member, VoteChoice choice) const {
    return bits_.data() + (member * 3 + static_cast<size_t>(choice) - 1) * words_;
  }
  // Positions [begin, end) of the roll calls held in `year` (empty when none).
  std::pair<size_t, size_t> YearRange(int year) const;
  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }
  // Votes cast on roll call i: yes, abstain, no.
  const std::array<int32_t, 3>& Counts(size_t i) const { return counts_[i]; }
  // First and last year in which `member` voted.
  std::pair<int, int> ActiveYears(size_t member) const { return active_[member]; }

 private:
  friend class VoteMatrixCache;
  void Index();

  std::vector<RollCall> roll_calls_;
  std::vector<CowCode> members_;
  size_t words_ = 0;
  std::vector<uint64_t> bits_;
  std::vector<std::array<int32_t, 3>> counts_;
  std::vector<std::pair<int, int>> active_;
  std::vector<uint32_t> year_start_;  // year_start_[y - first_year_] .. [y - first_year_ + 1]
  int first_year_ = 0;
  int last_year_ = -1;
};

}  // namespace entente

#endif  // ENTENTE_DATA_VOTE_MATRIX_H_
