// The event queries: the events involving one or two states, and the
// validation of event files. Both read the record built into entente plus any
// files the analyst adds, and check every event, its links to the bundle's
// datasets and the uniqueness of ids before answering.
#ifndef ENTENTE_QUERY_EVENTS_EVENTS_QUERY_H_
#define ENTENTE_QUERY_EVENTS_EVENTS_QUERY_H_

#include <optional>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "query/workspace.h"

namespace entente {

struct EventsRequest {
  std::vector<std::string> states;      // one or two, as the user typed them
  std::optional<std::string> category;  // a name from EventCategories()
  std::optional<int> from;              // first year
  std::optional<int> to;                // last year
  std::string search;                   // text to look for; empty for all
  std::vector<std::string> files;       // event files merged with the built-in record
};

// The events involving every state of the request, in date order. Usage
// error (exit 2) for an unknown state or category, from > to, a period
// outside the records' years, or no matching event; data error (exit 3) for
// any problem in the records.
Result<Answer> QueryEvents(Workspace& ws, const EventsRequest& request);

// Checks the built-in record and `files` together; one row per record with
// its counts and years. Data error listing every problem otherwise.
Result<Answer> ValidateEvents(Workspace& ws, const std::vector<std::string>& files);

}  // namespace entente

#endif  // ENTENTE_QUERY_EVENTS_EVENTS_QUERY_H_
