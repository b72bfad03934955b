// The frame of the panel: which states were members of the COW state system
// in a year, on which days, and so which dyads exist in it. A dyad exists in
// a year when both states were members on at least one common day of it; two
// states that were both members in the year but never on the same day (one
// left before the other entered) form no dyad-year, as peacesciencer's
// create_dyadyears() drops them. See docs/PANELS.md.
#ifndef ENTENTE_QUERY_PANEL_PANEL_FRAME_H_
#define ENTENTE_QUERY_PANEL_PANEL_FRAME_H_

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/period.h"
#include "data/cow_states.h"

namespace entente {

// One year of the state system.
struct FrameYear {
  int year = 0;
  std::vector<CowCode> states;  // members on some day of the year, by code
  // For each state, its days of membership within the year (one range per
  // spell that touches the year, clipped to it).
  std::vector<std::vector<std::pair<CalendarDate, CalendarDate>>> days;

  // The position of `ccode` in `states`, or -1.
  int IndexOf(CowCode ccode) const {
    return ccode.value >= 0 && static_cast<size_t>(ccode.value) < index_.size() ? index_[ccode.value] : -1;
  }
  // True when states i and j were members on a common day of the year.
  bool CommonDay(size_t i, size_t j) const;

  std::vector<int> index_;  // by COW code; filled by BuildFrameYear
};

// The years a panel request asks for: an open end is the state system's,
// but never past the other end (`--from 2017` asks for 2017, not 2017-2016).
Period AskedYears(std::optional<int> from, std::optional<int> to, const Period& system);

// The members of the state system in `year` with their days.
FrameYear BuildFrameYear(const std::vector<MembershipSpell>& spells, int year);

}  // namespace entente

#endif  // ENTENTE_QUERY_PANEL_PANEL_FRAME_H_
