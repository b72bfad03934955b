// Looking up cells of an Answer by section, column name and key, for tests of
// queries against the data bundle; and a workspace over the bundle whose
// checksum cache lives in the test's temporary folder.
#ifndef ENTENTE_TESTS_SUPPORT_ANSWER_CELLS_H_
#define ENTENTE_TESTS_SUPPORT_ANSWER_CELLS_H_

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "core/answer.h"
#include "data/manifest.h"
#include "query/workspace.h"

namespace entente::testing {

// The section named `name`, or null.
inline const Table* SectionTable(const Answer& answer, const std::string& name) {
  for (const Section& s : answer.sections) {
    if (s.name == name) return &s.table;
  }
  return nullptr;
}

// The index of column `name`; columns.size() when absent.
inline size_t ColumnOf(const Table& t, const std::string& name) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].name == name) return i;
  }
  return t.columns.size();
}

// The first row whose column `key` holds `value`, or null.
inline const std::vector<Cell>* RowWhere(const Table& t, const std::string& key, const Cell& value) {
  size_t c = ColumnOf(t, key);
  if (c == t.columns.size()) return nullptr;
  for (const auto& row : t.rows) {
    if (row[c] == value) return &row;
  }
  return nullptr;
}

// A number cell as double; NaN for anything else, so comparisons fail loudly.
inline double Number(const Cell& c) {
  if (const double* d = std::get_if<double>(&c)) return *d;
  if (const int64_t* i = std::get_if<int64_t>(&c)) return static_cast<double>(*i);
  return std::nan("");
}

// The value of fact `key`, or "".
inline std::string Fact(const Answer& answer, const std::string& key) {
  for (const auto& [k, v] : answer.facts) {
    if (k == key) return v;
  }
  return "";
}

// A workspace over the bundle at `dir`, with the checksum cache kept in the
// test's temporary folder rather than the user's.
inline std::unique_ptr<Workspace> BundleWorkspace(const std::filesystem::path& dir) {
  std::filesystem::path cache = std::filesystem::path(::testing::TempDir()) / "entente-test-cache";
  setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  return std::make_unique<Workspace>(dir, Manifest::Bundle());
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_SUPPORT_ANSWER_CELLS_H_
