// Loading event records through the workspace and answering event queries.
#include "query/events/events_query.h"

#include <algorithm>
#include <limits>
#include <set>

#include <fmt/format.h>

#include "data/dataset_ids.h"
#include "data/event_checks.h"
#include "data/event_record.h"
#include "query/events/event_filter.h"

namespace entente {
namespace {

constexpr char kOrderNote[] =
    "Dates carry the precision of their source (column precision: decade, year, month or day) and sort by "
    "their first day, so a year comes before the months within it; end is the last date of an event that spans "
    "time.";

// Reads the ids that links may point to, recording each dataset read.
Result<DatasetIds> ReadLinkTargets(Workspace& ws, Answer* answer) {
  DatasetIds ids;
  using Reader = Status (*)(const std::filesystem::path&, const std::string&, const CsvOptions&, DatasetIds*);
  struct Target {
    const char* dataset;
    Reader read;
  } targets[] = {{"sipri_transfers", &ReadSipriDealIds},
                 {"unsc_vetoes", &ReadVetoDrafts},
                 {"nuclear_plants", &ReadReactorIds}};
  for (const Target& t : targets) {
    Result<std::filesystem::path> path = ws.DatasetPath(t.dataset);
    if (!path.ok()) return path.status();
    const DatasetInfo* info = ws.manifest().Find(t.dataset);
    ENTENTE_RETURN_IF_ERROR(t.read(*path, info->path, info->csv, &ids));
    answer->UseDataset(ws.Ref(t.dataset));
  }
  return ids;
}

// The built-in record and the files, parsed and checked together.
Result<std::vector<EventRecord>> LoadRecords(Workspace& ws, const std::vector<std::string>& files, Answer* answer) {
  std::vector<EventRecordText> texts = {BuiltinEventRecord()};
  // A file named twice (or by two paths) is read once, not taken for a
  // second record whose ids all repeat the first's.
  std::set<std::filesystem::path> seen;
  for (const std::string& f : files) {
    std::error_code ec;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(f, ec);
    if (!seen.insert(ec ? std::filesystem::path(f) : canonical).second) continue;
    Result<EventRecordText> t = ReadEventRecordFile(f);
    if (!t.ok()) return t.status();
    texts.push_back(std::move(t.value()));
  }
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  answer->UseDataset(ws.Ref("codelist"));
  answer->UseDataset(ws.Ref("cow_states"));
  Result<DatasetIds> ids = ReadLinkTargets(ws, answer);
  if (!ids.ok()) return ids.status();
  return BuildEventRecords(texts, **reg, *ids);
}

std::string Count(size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string RecordsFact(const std::vector<EventRecord>& records) {
  std::vector<std::string> parts;
  for (const EventRecord& r : records) parts.push_back(fmt::format("{} ({})", r.source, Count(r.events.size(), "event")));
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::optional<Period> YearsOf(const std::vector<EventRecord>& records) {
  std::optional<Period> years;
  for (const EventRecord& r : records) {
    for (const Event& e : r.events) {
      if (!years) years = Period{e.FirstYear(), e.LastYear()};
      years->from = std::min(years->from, e.FirstYear());
      years->to = std::max(years->to, e.LastYear());
    }
  }
  return years;
}

std::string SourceText(const EventSource& s) {
  std::vector<std::string> parts;
  if (!s.author.empty()) parts.push_back(s.author);
  if (!s.title.empty()) parts.push_back(fmt::format("\"{}\"", s.title));
  if (!s.outlet.empty()) parts.push_back(s.outlet);
  if (s.date) parts.push_back(s.date->ToString());
  if (!s.note.empty()) parts.push_back(fmt::format("({})", s.note));
  return fmt::format("{}", fmt::join(parts, ", "));
}

Cell NonEmptyCell(const std::string& text) { return text.empty() ? Cell() : Cell(text); }
Cell IntCell(const std::optional<int>& v) { return v ? Cell(static_cast<int64_t>(*v)) : Cell(); }

void AddEventRows(const std::vector<const Event*>& events, Table* t) {
  for (const char* col : {"date", "end", "precision", "id", "category", "states", "ccodes", "organisations",
                          "summary", "date_note", "page", "footnote", "source", "url", "links", "record"}) {
    t->AddColumn(col);
  }
  for (const Event* e : events) {
    std::vector<std::string> iso3, ccodes, links;
    for (const Country& c : e->states) {
      iso3.push_back(c.ShortCode());
      ccodes.push_back(std::to_string(c.ccode.value));
    }
    for (const EventLink& l : e->links) links.push_back(fmt::format("{}:{}", LinkKindName(l.kind), l.id));
    t->AddRow({e->date.ToString(), e->end ? Cell(e->end->ToString()) : Cell(),
               std::string(PrecisionName(e->date.precision)), e->id, std::string(CategoryName(e->category)),
               NonEmptyCell(fmt::format("{}", fmt::join(iso3, " "))), NonEmptyCell(fmt::format("{}", fmt::join(ccodes, " "))),
               NonEmptyCell(fmt::format("{}", fmt::join(e->organisations, "; "))), e->summary, NonEmptyCell(e->date_note),
               IntCell(e->page), IntCell(e->source.footnote), NonEmptyCell(SourceText(e->source)), NonEmptyCell(e->source.url),
               NonEmptyCell(fmt::format("{}", fmt::join(links, " "))), e->record});
  }
}

}  // namespace

Result<Answer> QueryEvents(Workspace& ws, const EventsRequest& request) {
  if (request.states.empty() || request.states.size() > 2) {
    return Status::Usage("events: give one state, or two for the events involving both");
  }
  EventFilter filter;
  std::vector<std::string> labels;
  for (const std::string& s : request.states) {
    Result<const Country*> c = ws.ResolveCountry(s);
    if (!c.ok()) return c.status();
    if (std::find(filter.states.begin(), filter.states.end(), (*c)->ccode) != filter.states.end()) {
      return Status::Usage(fmt::format("events: {} is given twice; give two different states", (*c)->Label()));
    }
    filter.states.push_back((*c)->ccode);
    labels.push_back((*c)->Label());
  }
  if (request.category) {
    filter.category = ParseEventCategory(*request.category);
    if (!filter.category) return Status::Usage(fmt::format("unknown event category \"{}\"", *request.category));
  }
  if (request.from && request.to && *request.from > *request.to) {
    return Status::Usage(fmt::format("--from {} is after --to {}", *request.from, *request.to));
  }
  if (request.from || request.to) {
    filter.period = Period{request.from.value_or(std::numeric_limits<int>::min()),
                           request.to.value_or(std::numeric_limits<int>::max())};
  }
  filter.search = request.search;

  Answer answer;
  answer.command = "events";
  Result<std::vector<EventRecord>> records = LoadRecords(ws, request.files, &answer);
  if (!records.ok()) return records.status();
  std::optional<Period> years = YearsOf(*records);
  if (filter.period && years && !filter.period->Overlaps(*years)) {
    return Status::Usage(fmt::format("the event records cover {}; the period asked for lies outside them",
                                     years->ToString()));
  }
  std::vector<const Event*> events = FilterEvents(*records, filter);
  std::string who = fmt::format("{}", fmt::join(labels, " and "));
  if (events.empty()) {
    answer.no_rows = (fmt::format(
        "no event in the records involves {}{}{}{}; add your own with --events FILE", who,
        filter.category ? fmt::format(" in category {}", *request.category) : "",
        filter.period ? fmt::format(" in {}-{}", request.from ? std::to_string(*request.from) : "",
                                    request.to ? std::to_string(*request.to) : "")
                      : "",
        filter.search.empty() ? "" : fmt::format(" matching \"{}\"", filter.search)));
  }
  answer.title = fmt::format("{} involving {}", Count(events.size(), "event"), who);
  answer.AddFact("states", who);
  answer.AddFact("category", request.category.value_or("all"));
  answer.AddFact("period", filter.period ? fmt::format("{}-{}", request.from ? std::to_string(*request.from) : "",
                                                       request.to ? std::to_string(*request.to) : "")
                                         : "all years");
  if (!filter.search.empty()) answer.AddFact("search", filter.search);
  size_t recorded = 0;
  for (const EventRecord& r : *records) recorded += r.events.size();
  answer.AddFact("records", static_cast<double>(recorded), "events", RecordsFact(*records),
                 "events in the records read, before the filters", Count(records->size(), "event record"));
  answer.notes.push_back(kOrderNote);
  if (filter.period) {
    answer.notes.push_back(
        "An event is in the period when any year it may fall in is: a decade counts for each of its years, and an "
        "event with an end for each year it spans.");
  }
  AddEventRows(events, &answer.AddSection("events", "Events"));
  return answer;
}

Result<Answer> ValidateEvents(Workspace& ws, const std::vector<std::string>& files) {
  Answer answer;
  answer.command = "events validate";
  Result<std::vector<EventRecord>> records = LoadRecords(ws, files, &answer);
  if (!records.ok()) return records.status();
  Table& t = answer.AddSection("records", "Event records");
  for (const char* col : {"record", "n_events", "from", "to", "n_states", "n_links", "status"}) t.AddColumn(col);
  size_t total = 0;
  for (const EventRecord& r : *records) {
    std::set<int> states;
    size_t links = 0;
    for (const Event& e : r.events) {
      for (const Country& c : e.states) states.insert(c.ccode.value);
      links += e.links.size();
    }
    std::optional<Period> years = YearsOf({r});
    t.AddRow({r.source, Cell(static_cast<int64_t>(r.events.size())),
              years ? Cell(static_cast<int64_t>(years->from)) : Cell(),
              years ? Cell(static_cast<int64_t>(years->to)) : Cell(), Cell(static_cast<int64_t>(states.size())),
              Cell(static_cast<int64_t>(links)), std::string("valid")});
    total += r.events.size();
  }
  answer.title = fmt::format("{} in {}: valid", Count(total, "event"), Count(records->size(), "event record"));
  answer.AddFact("checks",
                 "fields and types, dates, categories, states resolving, ids unique across records, links to "
                 "existing dataset rows");
  return answer;
}

}  // namespace entente
