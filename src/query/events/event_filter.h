// Choosing and ordering events: the states they must involve, a category, a
// period and a text to search for.
#ifndef ENTENTE_QUERY_EVENTS_EVENT_FILTER_H_
#define ENTENTE_QUERY_EVENTS_EVENT_FILTER_H_

#include <optional>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/event.h"
#include "core/period.h"
#include "data/event_record.h"

namespace entente {

struct EventFilter {
  std::vector<CowCode> states;             // the event must involve every one
  std::optional<EventCategory> category;
  std::optional<Period> period;            // any year the event may touch is in it
  std::string search;                      // case-insensitive; empty matches all
};

// True when `event` passes every criterion of `filter`. The search looks in
// the id, summary, date note, organisations and the source's author, title
// and outlet.
bool MatchesFilter(const Event& event, const EventFilter& filter);

// The matching events of all records, ordered by date, then end date (an
// open-ended event first), then id. Pointers stay valid while `records` lives.
std::vector<const Event*> FilterEvents(const std::vector<EventRecord>& records, const EventFilter& filter);

}  // namespace entente

#endif  // ENTENTE_QUERY_EVENTS_EVENT_FILTER_H_
