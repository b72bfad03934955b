// Event: one dated, sourced entry of the event record, and the categories an
// event may have. The record's schema is in docs/EVENTS.md; the loader that
// reads and checks it is data/event_record.h.
#ifndef ENTENTE_CORE_EVENT_H_
#define ENTENTE_CORE_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/country.h"
#include "core/event_date.h"

namespace entente {

enum class EventCategory {
  kAgreement,
  kCrisisConflict,
  kDefenceProcurement,
  kDiplomacy,
  kEconomic,
  kMilitaryExercise,
  kMultilateral,
  kNuclear,
  kPolicy,
  kSpaceTechnology,
};

struct EventCategoryInfo {
  EventCategory category;
  std::string_view name;         // as written in a record and on the command line
  std::string_view description;  // one line for help text and docs
};

// Every category, in alphabetical order of name.
const std::vector<EventCategoryInfo>& EventCategories();
std::string_view CategoryName(EventCategory category);
// The category named `name` (exact, lower case), or nullopt.
std::optional<EventCategory> ParseEventCategory(std::string_view name);

// Where something was written in a record file (1-based).
struct RecordPosition {
  int64_t line = 0;
  int64_t column = 0;
};

// The source the record cites for an event. Every field may be empty.
struct EventSource {
  std::optional<int> footnote;  // the footnote of the record's reference
  std::string author;
  std::string title;
  std::string outlet;
  std::optional<EventDate> date;
  std::string url;
  std::string note;
  bool empty() const {
    return !footnote && author.empty() && title.empty() && outlet.empty() && !date && url.empty() && note.empty();
  }
};

enum class LinkKind { kSipriDeal, kVetoDraft, kReactor };

// A pointer from an event to a row of a dataset of the bundle: a SIPRI deal
// id, a vetoed draft's symbol, a reactor's name or IAEA id.
struct EventLink {
  LinkKind kind = LinkKind::kSipriDeal;
  std::string id;
  RecordPosition where;
};

// "sipri_deal", "veto_draft" or "reactor".
std::string_view LinkKindName(LinkKind kind);

struct Event {
  std::string id;  // stable, unique across every record loaded together
  EventDate date;
  std::optional<EventDate> end;  // last date of an event that spans time
  std::vector<Country> states;   // in the record's order
  std::vector<std::string> organisations;
  EventCategory category = EventCategory::kDiplomacy;
  std::string summary;
  std::string date_note;        // why the date has the precision it has
  std::optional<int> page;      // page of the record's reference
  EventSource source;
  std::vector<EventLink> links;
  std::string record;           // the file the event comes from
  RecordPosition where;         // of the event's `id`

  // The years the event may touch: from the first year of `date` to the last
  // year of `end` (or of `date`).
  int FirstYear() const { return date.FirstYear(); }
  int LastYear() const { return end ? end->LastYear() : date.LastYear(); }
  bool Involves(CowCode ccode) const {
    for (const Country& c : states) {
      if (c.ccode == ccode) return true;
    }
    return false;
  }
};

}  // namespace entente

#endif  // ENTENTE_CORE_EVENT_H_
