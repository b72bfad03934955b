// From the vote matrix's bit sets to per-session vote lists.
#include "query/ideal/ideal_data.h"

#include <algorithm>
#include <bit>
#include <map>
#include <unordered_map>

namespace entente {
namespace {

uint8_t Ordinal(VoteChoice c) {
  switch (c) {
    case VoteChoice::kYes:
      return 2;
    case VoteChoice::kAbstain:
      return 1;
    default:
      return 0;
  }
}

struct RawVote {
  uint32_t member;
  uint32_t item;
  uint8_t choice;
};

}  // namespace

IdealData PrepareIdealData(const VoteMatrix& m, int first, int last, const std::vector<IdenticalResolutionPair>& pairs) {
  const size_t n_rc = m.roll_call_count();
  // Sessions in range that have votes, and each roll call's item.
  std::map<int, size_t> session_index;
  std::vector<int32_t> rc_session(n_rc, -1), rc_item(n_rc, -1);
  IdealData d;
  std::vector<IdealSessionInfo> info;
  for (size_t i = 0; i < n_rc; ++i) {
    int s = m.roll_call(i).session;
    const std::array<int32_t, 3>& c = m.Counts(i);
    int total = c[0] + c[1] + c[2];
    if (s < first || s > last || total == 0) continue;
    session_index.try_emplace(s, 0);
    rc_session[i] = s;
  }
  for (auto& [s, idx] : session_index) {
    idx = info.size();
    info.emplace_back();
    info.back().session = s;
  }
  for (size_t i = 0; i < n_rc; ++i) {
    if (rc_session[i] < 0) continue;
    IdealSessionInfo& si = info[session_index[rc_session[i]]];
    rc_session[i] = static_cast<int32_t>(session_index[rc_session[i]]);
    ++si.roll_calls;
    const std::array<int32_t, 3>& c = m.Counts(i);
    int total = c[0] + c[1] + c[2];
    int largest = std::max({c[0], c[1], c[2]});
    if (static_cast<double>(total - largest) < kMinMinorityShare * total) {
      ++si.roll_calls_dropped;
      continue;
    }
    rc_item[i] = static_cast<int32_t>(si.item_roll_call.size());
    si.item_roll_call.push_back(i);
  }
  // Every vote on a kept roll call, by session.
  std::vector<std::vector<RawVote>> raw(info.size());
  for (size_t mem = 0; mem < m.members().size(); ++mem) {
    for (VoteChoice choice : {VoteChoice::kYes, VoteChoice::kAbstain, VoteChoice::kNo}) {
      const uint64_t* bits = m.Bits(mem, choice);
      for (size_t w = 0; w < m.words(); ++w) {
        for (uint64_t word = bits[w]; word != 0; word &= word - 1) {
          size_t p = w * 64 + static_cast<size_t>(std::countr_zero(word));
          if (p >= n_rc || rc_item[p] < 0) continue;
          raw[rc_session[p]].push_back(
              RawVote{static_cast<uint32_t>(mem), static_cast<uint32_t>(rc_item[p]), Ordinal(choice)});
        }
      }
    }
  }
  std::vector<int32_t> unit_of(m.members().size(), -1);
  std::vector<int> count(m.members().size(), 0);
  std::vector<int32_t> kept_session(info.size(), -1);
  for (size_t s = 0; s < info.size(); ++s) {
    IdealSessionInfo& si = info[s];
    if (si.item_roll_call.empty()) continue;
    std::fill(count.begin(), count.end(), 0);
    for (const RawVote& v : raw[s]) ++count[v.member];
    IrtSession ses;
    ses.session = si.session;
    for (size_t mem = 0; mem < count.size(); ++mem) {
      unit_of[mem] = -1;
      if (count[mem] == 0) continue;
      if (count[mem] < kMinStateVotes) {
        ++si.states_dropped;
        continue;
      }
      unit_of[mem] = static_cast<int32_t>(si.unit_member.size());
      si.unit_member.push_back(mem);
      si.n_votes.push_back(count[mem]);
      ses.state.push_back(m.members()[mem].value);
    }
    if (si.unit_member.size() < 2) {
      d.sessions_skipped.push_back(si.session);
      continue;
    }
    ses.problem.units = si.unit_member.size();
    ses.problem.items = si.item_roll_call.size();
    // By item, then unit: a counting sort, since the raw votes come member by
    // member and units are numbered in member order.
    std::vector<size_t> start(si.item_roll_call.size() + 1, 0);
    for (const RawVote& v : raw[s]) {
      if (unit_of[v.member] >= 0) ++start[v.item + 1];
    }
    for (size_t j = 1; j < start.size(); ++j) start[j] += start[j - 1];
    ses.problem.votes.resize(start.back());
    for (const RawVote& v : raw[s]) {
      if (unit_of[v.member] < 0) continue;
      ses.problem.votes[start[v.item]++] = IrtVote{static_cast<uint32_t>(unit_of[v.member]), v.item, v.choice};
    }
    kept_session[s] = static_cast<int32_t>(d.sessions.size());
    d.sessions.push_back(std::move(ses));
    d.info.push_back(std::move(si));
  }
  // Links between kept roll calls.
  std::unordered_map<int64_t, size_t> position;
  for (size_t i = 0; i < n_rc; ++i) position[m.roll_call(i).rcid] = i;
  for (const IdenticalResolutionPair& p : pairs) {
    auto a = position.find(p.rcid1), b = position.find(p.rcid2);
    if (a == position.end()) d.missing_rcids.push_back(p.rcid1);
    if (b == position.end()) d.missing_rcids.push_back(p.rcid2);
    if (a == position.end() || b == position.end()) {
      ++d.pairs_missing;
      continue;
    }
    size_t i = a->second, j = b->second;
    if (rc_item[i] < 0 || rc_item[j] < 0 || kept_session[rc_session[i]] < 0 || kept_session[rc_session[j]] < 0) {
      ++d.links_unused;
      continue;
    }
    d.links.push_back({{static_cast<size_t>(kept_session[rc_session[i]]), static_cast<size_t>(rc_item[i])},
                       {static_cast<size_t>(kept_session[rc_session[j]]), static_cast<size_t>(rc_item[j])}});
  }
  std::sort(d.missing_rcids.begin(), d.missing_rcids.end());
  d.missing_rcids.erase(std::unique(d.missing_rcids.begin(), d.missing_rcids.end()), d.missing_rcids.end());
  return d;
}

}  // namespace entente
