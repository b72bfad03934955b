// Parsing event records from TOML and checking each event on its own.
#include "data/event_record.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/text.h"
#include "data/toml_lexer.h"

namespace entente {

extern const std::string_view kEventRecord;

namespace {

constexpr char kBuiltinSource[] = "events/faisal_beyond_cpec.toml";
constexpr size_t kMaxIdLength = 80;
constexpr char kDateForms[] = "YYYY, YYYY-MM, YYYY-MM-DD or a decade such as 1950s";

RecordPosition At(const toml::source_region& region) {
  return RecordPosition{static_cast<int64_t>(region.begin.line), static_cast<int64_t>(region.begin.column)};
}

std::string_view TypeName(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "a date or time";
  }
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string CategoryList() {
  std::vector<std::string_view> names;
  for (const EventCategoryInfo& c : EventCategories()) names.push_back(c.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

// Reads the fields of one table, reporting each problem with its position.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string source, std::string context, RecordProblems* problems)
      : table_(table), source_(std::move(source)), context_(std::move(context)), problems_(problems) {}

  void Problem(const toml::node& node, std::string_view field, std::string_view what) const {
    problems_->Add(source_, At(node.source()), fmt::format("{}field \"{}\": {}", context_, field, what));
  }
  void Missing(std::string_view field, std::string_view expected) const {
    problems_->Add(source_, At(table_.source()),
                   fmt::format("{}field \"{}\" is missing; expected {}", context_, field, expected));
  }
  void CheckKeys(std::initializer_list<std::string_view> allowed) const {
    for (auto&& [key, value] : table_) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      problems_->Add(source_, At(key.source()),
                     fmt::format("{}unknown field \"{}\"; expected one of {}", context_, key.str(),
                                 fmt::join(allowed, ", ")));
    }
  }

  // A string field: nullopt when absent or after a problem.
  std::optional<std::string> Text(std::string_view field, bool required) const {
    const toml::node* node = table_.get(field);
    if (node == nullptr) {
      if (required) {
        Missing(field, "a string");
      }
      return std::nullopt;
    }
    const auto* s = node->as_string();
    if (s == nullptr) {
      Problem(*node, field, fmt::format("got {}, expected a string", TypeName(*node)));
      return std::nullopt;
    }
    const std::string& text = s->get();
    if (text.empty() || text.find('\n') != std::string::npos) {
      Problem(*node, field, fmt::format("got {}, expected one non-empty line of text", QuoteForMessage(text)));
      return std::nullopt;
    }
    return text;
  }

  std::optional<EventDate> Date(std::string_view field, bool required) const {
    std::optional<std::string> text = Text(field, required);
    if (!text) return std::nullopt;
    std::optional<EventDate> date = EventDate::Parse(*text);
    if (!date) {
      Problem(*table_.get(field), field, fmt::format("got {}, expected a real date written {}", QuoteForMessage(*text), kDateForms));
    }
    return date;
  }

  std::optional<int> PositiveInt(std::string_view field) const {
    const toml::node* node = table_.get(field);
    if (node == nullptr) return std::nullopt;
    const auto* i = node->as_integer();
    if (i == nullptr || i->get() < 1 || i->get() > std::numeric_limits<int>::max()) {
      Problem(*node, field, fmt::format("got {}, expected a whole number from 1", i ? std::to_string(i->get())
                                                                                      : std::string(TypeName(*node))));
      return std::nullopt;
    }
    return static_cast<int>(i->get());
  }

  // The non-empty strings of an array field, each with its position.
  std::vector<std::pair<std::string, RecordPosition>> TextArray(std::string_view field, bool allow_integers) const {
    std::vector<std::pair<std::string, RecordPosition>> out;
    const toml::node* node = table_.get(field);
    if (node == nullptr) return out;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
      Problem(*node, field, fmt::format("got {}, expected an array", TypeName(*node)));
      return out;
    }
    for (const toml::node& item : *array) {
      if (const auto* s = item.as_string(); s != nullptr && !s->get().empty()) {
        out.emplace_back(s->get(), At(item.source()));
      } else if (const auto* i = item.as_integer(); allow_integers && i != nullptr && i->get() >= 0) {
        out.emplace_back(std::to_string(i->get()), At(item.source()));
      } else {
        Problem(item, field,
                fmt::format("got {}, expected {}", TypeName(item),
                            allow_integers ? "a whole number or a non-empty string" : "a non-empty string"));
      }
    }
    return out;
  }

  const toml::table* SubTable(std::string_view field) const {
    const toml::node* node = table_.get(field);
    if (node == nullptr) return nullptr;
    if (!node->is_table()) {
      Problem(*node, field, fmt::format("got {}, expected a table", TypeName(*node)));
      return nullptr;
    }
    return node->as_table();
  }

 private:
  const toml::table& table_;
  std::string source_;
  std::string context_;
  RecordProblems* problems_;
};

void ReadSource(const toml::table& t, const std::string& source, const std::string& context, EventSource* out,
                RecordProblems* problems) {
  TableReader r(t, source, context + "source: ", problems);
  r.CheckKeys({"footnote", "author", "title", "outlet", "date", "url", "note"});
  out->footnote = r.PositiveInt("footnote");
  out->author = r.Text("author", false).value_or("");
  out->title = r.Text("title", false).value_or("");
  out->outlet = r.Text("outlet", false).value_or("");
  out->date = r.Date("date", false);
  out->url = r.Text("url", false).value_or("");
  out->note = r.Text("note", false).value_or("");
  if (!out->url.empty() && out->url.rfind("http://", 0) != 0 && out->url.rfind("https://", 0) != 0) {
    r.Problem(*t.get("url"), "url", fmt::format("got {}, expected an http:// or https:// address", QuoteForMessage(out->url)));
  }
}

void ReadLinks(const toml::table& t, const std::string& source, const std::string& context, Event* event,
               RecordProblems* problems) {
  TableReader r(t, source, context + "links: ", problems);
  r.CheckKeys({"sipri_deals", "veto_drafts", "reactors"});
  struct Kind {
    const char* field;
    LinkKind kind;
    bool numbers;
  } kinds[] = {{"sipri_deals", LinkKind::kSipriDeal, true},
               {"veto_drafts", LinkKind::kVetoDraft, false},
               {"reactors", LinkKind::kReactor, false}};
  for (const Kind& k : kinds) {
    if (k.numbers) {
      const toml::node* node = t.get(k.field);
      const toml::array* array = node ? node->as_array() : nullptr;
      if (node != nullptr && array == nullptr) {
        r.Problem(*node, k.field, fmt::format("got {}, expected an array of SIPRI deal ids", TypeName(*node)));
        continue;
      }
      if (array == nullptr) continue;
      for (const toml::node& item : *array) {
        const auto* i = item.as_integer();
        if (i == nullptr || i->get() < 0) {
          r.Problem(item, k.field, fmt::format("got {}, expected a SIPRI deal id (a whole number)", TypeName(item)));
          continue;
        }
        event->links.push_back(EventLink{k.kind, std::to_string(i->get()), At(item.source())});
      }
      continue;
    }
    for (auto& [text, where] : r.TextArray(k.field, k.kind == LinkKind::kReactor)) {
      event->links.push_back(EventLink{k.kind, text, where});
    }
  }
}

void ReadEvent(const toml::table& t, const std::string& source, const CountryRegistry& registry,
               std::vector<Event>* events, RecordProblems* problems) {
  Event e;
  e.record = source;
  e.where = At(t.source());
  std::string context;
  if (const toml::node* id = t.get("id"); id != nullptr && id->is_string()) {
    e.where = At(id->source());
    context = fmt::format("event \"{}\": ", id->as_string()->get());
  }
  TableReader r(t, source, context, problems);
  r.CheckKeys({"id", "date", "end", "states", "organisations", "category", "summary", "date_note", "page", "source",
               "links"});

  std::optional<std::string> id = r.Text("id", true);
  if (id && !ValidId(*id)) {
    r.Problem(*t.get("id"), "id",
              fmt::format("got {}, expected lower-case letters, digits and '-' (at most {} characters, not "
                          "starting or ending with '-')",
                          QuoteForMessage(*id), kMaxIdLength));
  }
  e.id = id.value_or("");
  std::optional<EventDate> date = r.Date("date", true);
  if (date) e.date = *date;
  e.end = r.Date("end", false);
  if (date && e.end && !(*e.end > *date)) {
    r.Problem(*t.get("end"), "end",
              fmt::format("got \"{}\", expected a date after the event's date \"{}\"", e.end->ToString(),
                          date->ToString()));
  }

  const size_t problems_before_actors = problems->size();
  std::set<int> seen;
  for (const auto& [text, where] : r.TextArray("states", true)) {
    Result<const Country*> c = registry.Resolve(text);
    if (!c.ok()) {
      problems->Add(source, where, fmt::format("{}field \"states\": {}", context, c.status().message()));
      continue;
    }
    if (!seen.insert((*c)->ccode.value).second) {
      problems->Add(source, where,
                    fmt::format("{}field \"states\": \"{}\" names {} a second time", context, text, (*c)->Label()));
      continue;
    }
    e.states.push_back(**c);
  }
  for (auto& [text, where] : r.TextArray("organisations", false)) e.organisations.push_back(text);
  if (e.states.empty() && e.organisations.empty() && problems->size() == problems_before_actors) {
    problems->Add(source, e.where,
                  fmt::format("{}no actor; expected at least one entry in \"states\" or \"organisations\"", context));
  }

  if (std::optional<std::string> category = r.Text("category", true)) {
    std::optional<EventCategory> c = ParseEventCategory(*category);
    if (!c) {
      r.Problem(*t.get("category"), "category", fmt::format("got {}, expected one of {}", QuoteForMessage(*category), CategoryList()));
    } else {
      e.category = *c;
    }
  }
  e.summary = r.Text("summary", true).value_or("");
  e.date_note = r.Text("date_note", false).value_or("");
  e.page = r.PositiveInt("page");
  if (const toml::table* s = r.SubTable("source")) ReadSource(*s, source, context, &e.source, problems);
  if (const toml::table* l = r.SubTable("links")) ReadLinks(*l, source, context, &e, problems);
  // Kept even with problems so that its links and id are checked too.
  events->push_back(std::move(e));
}

}  // namespace

void RecordProblems::Add(std::string_view source, RecordPosition where, std::string_view what) {
  problems_.push_back(Problem{std::string(source), where, std::string(what)});
}

Status RecordProblems::ToStatus() const {
  if (problems_.empty()) return Status::Ok();
  std::vector<Problem> sorted = problems_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.source, a.where.line, a.where.column) < std::tie(b.source, b.where.line, b.where.column);
  });
  std::string text;
  for (const Problem& p : sorted) {
    if (!text.empty()) text += "\n";
    text += fmt::format("{}:{}:{}: {}", p.source, p.where.line, p.where.column, p.what);
  }
  if (sorted.size() > 1) text += fmt::format("\n{} problems in event records; the schema is in docs/EVENTS.md", sorted.size());
  return Status::DataError(std::move(text));
}

EventRecordText BuiltinEventRecord() { return EventRecordText{kBuiltinSource, std::string(kEventRecord)}; }

Result<EventRecordText> ReadEventRecordFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("cannot read event file {}", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("error while reading event file {}", path.string()));
  return EventRecordText{path.string(), text.str()};
}

EventRecord ParseEventRecord(std::string_view text, const std::string& source, const CountryRegistry& registry,
                             RecordProblems* problems) {
  EventRecord record;
  record.source = source;
  toml::table doc;
  if (std::optional<TomlLexError> bad = FindTomlLexError(text)) {
    problems->Add(source, RecordPosition{bad->line, bad->column}, fmt::format("not valid TOML: {}", bad->what));
    return record;
  }
  try {
    doc = toml::parse(text, std::string_view(source));
  } catch (const toml::parse_error& e) {
    problems->Add(source, At(e.source()), fmt::format("not valid TOML: {}", e.description()));
    return record;
  }
  TableReader top(doc, source, "", problems);
  top.CheckKeys({"record", "event"});
  if (const toml::table* meta = top.SubTable("record")) {
    TableReader r(*meta, source, "record: ", problems);
    r.CheckKeys({"title", "reference"});
    record.title = r.Text("title", false).value_or("");
    record.reference = r.Text("reference", false).value_or("");
  }
  const toml::node* events = doc.get("event");
  if (events == nullptr) {
    problems->Add(source, RecordPosition{1, 1}, "no [[event]] tables; expected at least one event");
    return record;
  }
  const toml::array* array = events->as_array();
  if (array == nullptr || !array->is_array_of_tables()) {
    problems->Add(source, At(events->source()), "field \"event\": expected [[event]] tables");
    return record;
  }
  for (const toml::node& node : *array) ReadEvent(*node.as_table(), source, registry, &record.events, problems);
  return record;
}

}  // namespace entente
