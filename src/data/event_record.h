// Event records: the project's curated record of dated, sourced events
// (events/faisal_beyond_cpec.toml, built into entente) and analysts' own files
// in the same TOML schema (docs/EVENTS.md).
//
// A record has an optional [record] table (title, reference) and one
// [[event]] table per event with: id (lower-case letters, digits and '-'),
// date and optional end ("1950s", "1965", "2015-04" or "1972-08-25"), states
// (codes or names the country registry resolves), organisations (names),
// category (see EventCategories()), summary (one line), date_note, page,
// [event.source] (footnote, author, title, outlet, date, url, note) and
// [event.links] (sipri_deals, veto_drafts, reactors). Unknown keys are
// errors, so that a misspelt field is not silently ignored. Every problem is
// reported with file, line, column and field; none is skipped.
#ifndef ENTENTE_DATA_EVENT_RECORD_H_
#define ENTENTE_DATA_EVENT_RECORD_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/status.h"
#include "data/country_registry.h"

namespace entente {

struct EventRecord {
  std::string source;     // file name used in messages and outputs
  std::string title;      // [record] title; may be empty
  std::string reference;  // [record] reference: what `page` and `footnote` refer to
  std::vector<Event> events;  // in file order
};

// The text of a record and the name it goes by.
struct EventRecordText {
  std::string source;
  std::string text;
};

// Every problem found in a set of records. ToStatus() orders them by file,
// line and column and makes one data error that lists them all.
class RecordProblems {
 public:
  void Add(std::string_view source, RecordPosition where, std::string_view what);
  bool empty() const { return problems_.empty(); }
  size_t size() const { return problems_.size(); }
  // Ok when there is no problem.
  Status ToStatus() const;

 private:
  struct Problem {
    std::string source;
    RecordPosition where;
    std::string what;
  };
  std::vector<Problem> problems_;
};

// The record built into entente.
EventRecordText BuiltinEventRecord();
// Reads a record file; an i/o error when it cannot be read.
Result<EventRecordText> ReadEventRecordFile(const std::filesystem::path& path);

// Parses one record and checks each event on its own (fields, dates,
// categories, states resolving through `registry`), adding every problem to
// *problems. The events returned are meaningful only when none was added.
// Links and the uniqueness of ids are checked by BuildEventRecords().
EventRecord ParseEventRecord(std::string_view text, const std::string& source, const CountryRegistry& registry,
                             RecordProblems* problems);

}  // namespace entente

#endif  // ENTENTE_DATA_EVENT_RECORD_H_
