// Answer: what a query hands to the writers. One or more tables, the facts
// that make its numbers traceable (measure, definition, period, filters), the
// notes a reader needs (why a value is missing, where data end), and the
// datasets it read (name, version, checksum prefix).
#ifndef ENTENTE_CORE_ANSWER_H_
#define ENTENTE_CORE_ANSWER_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "core/table.h"

namespace entente {

struct DatasetRef {
  std::string id;
  std::string title;
  std::string version;
  std::string sha256;  // all 64 hex digits
  std::string citation;
  bool operator==(const DatasetRef& o) const { return id == o.id; }
  // The first 16 hex digits, enough for people to compare by eye.
  std::string ShortSha() const { return sha256.substr(0, 16); }
};

// One fact of an answer. `text` is what people read; a fact that is a number
// also carries it as `value`, with its unit, the definition of the measure and
// the basis it was computed on, so that programs read the number, not prose.
struct Fact {
  std::string key;
  std::string text;
  std::optional<double> value;
  std::string unit;        // e.g. "share", "TIV (millions)", "roll calls"
  std::string definition;  // the measure's definition, when the fact is a measure
  std::string basis;       // what the value was computed on (period, n)
};

struct Section {
  std::string name;   // snake_case key in JSON, heading elsewhere
  std::string title;  // heading for people
  Table table;
  // For people, show each row as a block of "column: value" lines (like
  // psql's expanded display) rather than as one wide line. CSV and JSON are
  // unaffected.
  bool expanded = false;
};

struct Answer {
  std::string command;  // e.g. "votes", for JSON consumers
  std::string title;
  std::vector<Fact> facts;
  std::vector<std::string> notes;
  std::vector<Section> sections;
  std::vector<DatasetRef> datasets;
  // When the answer holds nothing (no rows, or only the zeros a source
  // implies), why: "no strategic rivalry between ...". Such an answer is not
  // an error: the command line writes it (headers only, or the zeros), says
  // this on standard error and exits 0.
  std::string no_rows;

  void AddFact(std::string key, std::string text) { facts.push_back(Fact{std::move(key), std::move(text), {}, {}, {}, {}}); }
  // A fact that is a number: `text` says it for people.
  void AddFact(std::string key, double value, std::string unit, std::string text, std::string definition = {},
               std::string basis = {}) {
    facts.push_back(
        Fact{std::move(key), std::move(text), value, std::move(unit), std::move(definition), std::move(basis)});
  }
  // The text of fact `key`, if the answer has it.
  std::optional<std::string> FactText(std::string_view key) const {
    for (const Fact& f : facts) {
      if (f.key == key) return f.text;
    }
    return std::nullopt;
  }
  // The reference is valid until the next AddSection.
  Table& AddSection(std::string name, std::string title) {
    sections.push_back(Section{std::move(name), std::move(title), {}, false});
    return sections.back().table;
  }
  void UseDataset(const DatasetRef& ref) {
    for (const auto& d : datasets) {
      if (d == ref) return;
    }
    datasets.push_back(ref);
  }
};

// The section named `name`, or nullptr.
inline const Section* FindSection(const Answer& answer, std::string_view name) {
  for (const Section& s : answer.sections) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

// For callers that treat an empty answer as "none" (the report, the claims):
// an answer with `no_rows` set becomes the NotFound status carrying it.
inline Result<Answer> NoRowsAsNotFound(Result<Answer> result) {
  if (result.ok() && !result->no_rows.empty()) return Status::NotFound(result->no_rows);
  return result;
}

}  // namespace entente

#endif  // ENTENTE_CORE_ANSWER_H_
