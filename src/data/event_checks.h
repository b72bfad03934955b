// Checks that span an event record: links that must point to existing rows
// of the bundle's datasets, and ids that must be unique across every record
// loaded together (the built-in record and an analyst's own files).
#ifndef ENTENTE_DATA_EVENT_CHECKS_H_
#define ENTENTE_DATA_EVENT_CHECKS_H_

#include <vector>

#include "core/status.h"
#include "data/country_registry.h"
#include "data/dataset_ids.h"
#include "data/event_record.h"

namespace entente {

// Adds a problem for each link to a SIPRI deal, vetoed draft or reactor that
// `ids` does not hold.
void CheckEventLinks(const EventRecord& record, const DatasetIds& ids, RecordProblems* problems);

// Adds a problem for each event whose id an earlier event (in the same or an
// earlier record) already has, naming where the first one is.
void CheckDistinctIds(const std::vector<EventRecord>& records, RecordProblems* problems);

// Parses each text, checks every event, its links and the uniqueness of ids
// across all of them. Returns the records in the order given, or one data
// error listing every problem by file, line and column.
Result<std::vector<EventRecord>> BuildEventRecords(const std::vector<EventRecordText>& texts,
                                                   const CountryRegistry& registry, const DatasetIds& ids);

}  // namespace entente

#endif  // ENTENTE_DATA_EVENT_CHECKS_H_
