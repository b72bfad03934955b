// Answer: what a query hands to the writers. One or more tables, the facts
// that make its numbers traceable (measure, definition, period, filters), the
// notes a reader needs (why a value is missing, where data end), and the
// datasets it read (name, version, checksum prefix).
#ifndef ENTENTE_CORE_ANSWER_H_
#define ENTENTE_CORE_ANSWER_H_

#include <string>
#include <utility>
#include <vector>

#include "core/table.h"

namespace entente {

struct DatasetRef {
  std::string id;
  std::string title;
  std::string version;
  std::string sha256;  // first 16 hex digits
  std::string citation;
  bool operator==(const DatasetRef& o) const { return id == o.id; }
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
  std::vector<std::pair<std::string, std::string>> facts;  // key, value
  std::vector<std::string> notes;
  std::vector<Section> sections;
  std::vector<DatasetRef> datasets;

  void AddFact(std::string key, std::string value) { facts.emplace_back(std::move(key), std::move(value)); }
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

}  // namespace entente

#endif  // ENTENTE_CORE_ANSWER_H_
