// Building one year of the state system from its membership spells.
#include "query/panel/panel_frame.h"

#include <algorithm>
#include <map>

#include "data/field_parse.h"

namespace entente {

bool FrameYear::CommonDay(size_t i, size_t j) const {
  for (const auto& [a_from, a_to] : days[i]) {
    for (const auto& [b_from, b_to] : days[j]) {
      if (std::max(a_from, b_from) <= std::min(a_to, b_to)) return true;
    }
  }
  return false;
}

Period AskedYears(std::optional<int> from, std::optional<int> to, const Period& system) {
  const int first = from.value_or(std::min(system.from, to.value_or(system.from)));
  return Period{first, to.value_or(std::max(system.to, first))};
}

FrameYear BuildFrameYear(const std::vector<MembershipSpell>& spells, int year) {
  const CalendarDate first{year, 1, 1};
  const CalendarDate last{year, 12, 31};
  std::map<int, std::vector<std::pair<CalendarDate, CalendarDate>>> members;
  for (const MembershipSpell& s : spells) {
    if (s.end < first || last < s.start) continue;
    members[s.ccode.value].emplace_back(std::max(s.start, first), std::min(s.end, last));
  }
  FrameYear out;
  out.year = year;
  out.index_.assign(kMaxCowCode + 1, -1);
  for (auto& [ccode, days] : members) {
    out.index_[ccode] = static_cast<int>(out.states.size());
    out.states.push_back(CowCode{ccode});
    out.days.push_back(std::move(days));
  }
  return out;
}

}  // namespace entente
