// Partial years and the coding of seats, for the notes of the vote answers.
#include "query/votes/vote_record.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "data/cow_states.h"
#include "data/un_votes.h"

namespace entente {
namespace {

bool Involves(const std::vector<CowCode>& states, CowCode c) {
  return states.empty() || std::find(states.begin(), states.end(), c) != states.end();
}

std::string Runs(const std::vector<Period>& runs) {
  std::vector<std::string> out;
  for (const Period& p : runs) out.push_back(p.ToString());
  return fmt::format("{}", fmt::join(out, ", "));
}

// Whether member s cast any vote on the roll calls of positions [begin, end).
bool VotedIn(const VoteMatrix& m, size_t s, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    uint64_t bit = uint64_t{1} << (i % 64);
    for (VoteChoice c : {VoteChoice::kYes, VoteChoice::kAbstain, VoteChoice::kNo}) {
      if (m.Bits(s, c)[i / 64] & bit) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<PartialYear> PartialYears(const VoteMatrix& m) {
  std::vector<PartialYear> out;
  if (m.roll_call_count() == 0) return out;
  // Only the record's last year can be cut short by where the data stop: a
  // thin year inside the record (1951 has 7 roll calls) is what the General
  // Assembly recorded, not a gap in the data.
  const int last = m.last_year();
  auto [begin, end] = m.YearRange(last);
  std::map<int, int> first_year;  // session -> year of its first roll call
  for (const RollCall& rc : m.roll_calls()) {
    auto [it, fresh] = first_year.emplace(rc.session, rc.date.year);
    if (!fresh) it->second = std::min(it->second, rc.date.year);
  }
  std::set<int> sessions;
  for (size_t i = begin; i < end; ++i) {
    int session = m.roll_call(i).session;
    if (first_year[session] == last) return out;  // the year's own session is there
    sessions.insert(session);
  }
  if (begin < end) out.push_back(PartialYear{last, static_cast<int>(end - begin), {sessions.begin(), sessions.end()}});
  return out;
}

bool IsPartialYear(const std::vector<PartialYear>& partial, int year) {
  return std::any_of(partial.begin(), partial.end(), [year](const PartialYear& p) { return p.year == year; });
}

std::string PartialYearsNote(const std::vector<PartialYear>& partial, const std::optional<Period>& years,
                             bool column) {
  std::vector<std::string> named;
  for (const PartialYear& p : partial) {
    if (years && !years->Contains(p.year)) continue;
    named.push_back(fmt::format("{} ({} roll call{} of session {})", p.year, p.roll_calls, p.roll_calls == 1 ? "" : "s",
                                fmt::join(p.sessions, " and ")));
  }
  if (named.empty()) return "";
  return fmt::format("partial year{}: {}; no roll call of {} belongs to a session opened in that year, so the record "
                     "holds only the end of an earlier session, and its measures stand on those few votes{}",
                     named.size() == 1 ? "" : "s", fmt::join(named, ", "), named.size() == 1 ? "it" : "them",
                     column ? " (partial_year = 1)" : "");
}

int StateSystemEnd(const CountryRegistry& registry) {
  int end = 0;
  for (const Country& c : registry.countries()) {
    for (const StateSpell& s : c.spells) end = std::max(end, s.to_year);
  }
  return end;
}

bool InStateSystem(const Country& c, int year, int system_end) {
  return std::any_of(c.spells.begin(), c.spells.end(), [&](const StateSpell& s) {
    return s.from_year <= year && (year <= s.to_year || (s.to_year == system_end && year > system_end));
  });
}

std::vector<SeatOutsideSystem> SeatsOutsideSystem(const VoteMatrix& m, const CountryRegistry& registry) {
  std::vector<SeatOutsideSystem> out;
  const int system_end = StateSystemEnd(registry);
  for (size_t s = 0; s < m.members().size(); ++s) {
    const Country* c = registry.Find(m.members()[s]);
    if (c == nullptr) continue;
    auto [from, to] = m.ActiveYears(s);
    SeatOutsideSystem seat{c->ccode, {}};
    bool open = false;  // the last run goes on: no year since has broken it
    for (int y = from; y <= to; ++y) {
      auto [begin, end] = m.YearRange(y);
      if (begin == end) continue;  // a year without roll calls (1964) breaks no run
      if (InStateSystem(*c, y, system_end) || !VotedIn(m, s, begin, end)) {
        open = false;
        continue;
      }
      if (open) {
        seat.years.back().to = y;
      } else {
        seat.years.push_back(Period{y, y});
        open = true;
      }
    }
    if (!seat.years.empty()) out.push_back(std::move(seat));
  }
  return out;
}

Result<std::vector<std::string>> SeatNotes(Workspace& ws, const VoteMatrix& m, const std::optional<Period>& years,
                                           const std::vector<CowCode>& states, SeatNoteUse use) {
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  Result<std::filesystem::path> path = ws.DatasetPath("cow_states");
  if (!path.ok()) return path.status();
  auto spells = ws.LoadOnce<std::vector<MembershipSpell>>("cow_states_spells", [&] { return LoadCowStates(*path); });
  if (!spells.ok()) return spells.status();
  Result<std::vector<UnSeatSuccession>> successions = UnSeatSuccessions(**reg, **spells);
  if (!successions.ok()) return successions.status();

  std::vector<std::string> notes;
  std::vector<std::string> moved;
  for (const UnSeatSuccession& s : *successions) {
    if (years && !years->Contains(s.since.year)) continue;
    if (!Involves(states, s.seat) && !Involves(states, s.successor)) continue;
    const Country* seat = (*reg)->Find(s.seat);
    const Country* successor = (*reg)->Find(s.successor);
    moved.push_back(fmt::format("under {} from {}, the day {} entered the COW state system, are coded {}",
                                seat->Label(), s.since.ToIso(), successor->Label(), s.successor.value));
  }
  if (!moved.empty()) {
    notes.push_back(fmt::format("the UN record files a seat's votes under the state that held it before, after the "
                                "seat passed to a state COW codes anew; votes filed {}", fmt::join(moved, "; and ")));
  }
  std::vector<std::string> outside;
  for (const SeatOutsideSystem& seat : SeatsOutsideSystem(m, **reg)) {
    if (!Involves(states, seat.ccode)) continue;
    std::vector<Period> runs;
    for (const Period& p : seat.years) {
      if (!years) {
        runs.push_back(p);
      } else if (std::optional<Period> cut = p.Intersect(*years)) {
        runs.push_back(*cut);
      }
    }
    if (runs.empty()) continue;
    outside.push_back(fmt::format("{} in {}", (*reg)->Find(seat.ccode)->Label(), Runs(runs)));
  }
  if (!outside.empty()) {
    const char* rule =
        use == SeatNoteUse::kDyadYears
            ? "as in Häge's (2011) dyadic similarity data and peacesciencer's dyad-years, which are those of the COW "
              "system's members, those state-years form no dyad-year here"
            : "their votes of those years are counted here, but the dyad-year outputs (votes dyadyears, panel) leave "
              "them out, as Häge's (2011) dyadic data and peacesciencer's dyad-years do";
    notes.push_back(fmt::format("voted in years in which they were not members of the COW state system: {}; {}",
                                fmt::join(outside, ", "), rule));
  }
  return notes;
}

}  // namespace entente
