// Building the bit sets and the year index.
#include "data/vote_matrix.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

namespace entente {

std::optional<size_t> VoteMatrix::MemberIndex(CowCode code) const {
  auto it = std::lower_bound(members_.begin(), members_.end(), code);
  if (it == members_.end() || *it != code) return std::nullopt;
  return static_cast<size_t>(it - members_.begin());
}

std::pair<size_t, size_t> VoteMatrix::YearRange(int year) const {
  if (year < first_year_ || year > last_year_) return {0, 0};
  size_t i = static_cast<size_t>(year - first_year_);
  return {year_start_[i], year_start_[i + 1]};
}

void VoteMatrix::Index() {
  year_start_.clear();
  if (roll_calls_.empty()) return;
  first_year_ = roll_calls_.front().date.year;
  last_year_ = roll_calls_.back().date.year;
  size_t pos = 0;
  for (int y = first_year_; y <= last_year_ + 1; ++y) {
    while (pos < roll_calls_.size() && roll_calls_[pos].date.year < y) ++pos;
    year_start_.push_back(static_cast<uint32_t>(pos));
  }
}

Result<VoteMatrix> VoteMatrix::Build(std::vector<RollCall> roll_calls, const std::vector<RollCallIssue>& issues,
                                     const std::vector<UnVote>& votes) {
  VoteMatrix m;
  std::stable_sort(roll_calls.begin(), roll_calls.end(), [](const RollCall& a, const RollCall& b) {
    return a.date != b.date ? a.date < b.date : a.rcid < b.rcid;
  });
  std::unordered_map<int64_t, uint32_t> position;
  position.reserve(roll_calls.size() * 2);
  for (size_t i = 0; i < roll_calls.size(); ++i) position[roll_calls[i].rcid] = static_cast<uint32_t>(i);
  for (const RollCallIssue& t : issues) {
    auto it = position.find(t.rcid);
    if (it == position.end()) {
      return Status::DataError(fmt::format("un_roll_call_issues.csv: rcid {} has no roll call in un_roll_calls.csv", t.rcid));
    }
    roll_calls[it->second].issues |= UnIssueBit(t.issue);
  }
  std::vector<int> codes;
  for (const UnVote& v : votes) codes.push_back(v.ccode.value);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  for (int c : codes) m.members_.push_back(CowCode{c});
  m.words_ = (roll_calls.size() + 63) / 64;
  m.bits_.assign(m.members_.size() * 3 * m.words_, 0);
  m.counts_.assign(roll_calls.size(), {0, 0, 0});
  m.active_.assign(m.members_.size(), {9999, 0});
  m.roll_calls_ = std::move(roll_calls);
  std::unordered_map<int, size_t> member;
  for (size_t i = 0; i < m.members_.size(); ++i) member[m.members_[i].value] = i;
  for (const UnVote& v : votes) {
    auto it = position.find(v.rcid);
    if (it == position.end()) {
      return Status::DataError(fmt::format("un_votes.csv: rcid {} has no roll call in un_roll_calls.csv", v.rcid));
    }
    size_t rc = it->second;
    size_t s = member[v.ccode.value];
    uint64_t bit = uint64_t{1} << (rc % 64);
    size_t w = rc / 64;
    for (VoteChoice c : {VoteChoice::kYes, VoteChoice::kAbstain, VoteChoice::kNo}) {
      if (m.Bits(s, c)[w] & bit) {
        return Status::DataError(fmt::format("un_votes.csv: two votes by state {} on rcid {}", v.ccode.value, v.rcid));
      }
    }
    m.bits_[(s * 3 + static_cast<size_t>(v.choice) - 1) * m.words_ + w] |= bit;
    ++m.counts_[rc][static_cast<size_t>(v.choice) - 1];
    int year = m.roll_calls_[rc].date.year;
    m.active_[s].first = std::min(m.active_[s].first, year);
    m.active_[s].second = std::max(m.active_[s].second, year);
  }
  m.Index();
  return m;
}

}  // namespace entente
