// Filtering and ordering events.
#include "query/events/event_filter.h"

#include <algorithm>

#include "core/text.h"

namespace entente {
namespace {

bool Contains(std::string_view haystack, const std::string& lower_needle) {
  return ToLower(haystack).find(lower_needle) != std::string::npos;
}

bool MatchesSearch(const Event& e, const std::string& search) {
  if (search.empty()) return true;
  std::string needle = ToLower(search);
  for (std::string_view field : {std::string_view(e.id), std::string_view(e.summary), std::string_view(e.date_note),
                                 std::string_view(e.source.author), std::string_view(e.source.title),
                                 std::string_view(e.source.outlet)}) {
    if (Contains(field, needle)) return true;
  }
  return std::any_of(e.organisations.begin(), e.organisations.end(),
                     [&](const std::string& o) { return Contains(o, needle); });
}

}  // namespace

bool MatchesFilter(const Event& event, const EventFilter& filter) {
  for (CowCode c : filter.states) {
    if (!event.Involves(c)) return false;
  }
  if (filter.category && event.category != *filter.category) return false;
  if (filter.period && !filter.period->Overlaps(Period{event.FirstYear(), event.LastYear()})) return false;
  return MatchesSearch(event, filter.search);
}

std::vector<const Event*> FilterEvents(const std::vector<EventRecord>& records, const EventFilter& filter) {
  std::vector<const Event*> out;
  for (const EventRecord& r : records) {
    for (const Event& e : r.events) {
      if (MatchesFilter(e, filter)) out.push_back(&e);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Event* a, const Event* b) {
    if (a->date != b->date) return a->date < b->date;
    if (a->end != b->end) return !a->end || (b->end && *a->end < *b->end);
    return a->id < b->id;
  });
  return out;
}

}  // namespace entente
