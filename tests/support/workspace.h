// A Workspace over the data bundle for query tests, with the checksum cache
// in the test's temporary folder rather than the user's.
#ifndef ENTENTE_TESTS_SUPPORT_WORKSPACE_H_
#define ENTENTE_TESTS_SUPPORT_WORKSPACE_H_

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "data/manifest.h"
#include "query/workspace.h"

namespace entente::testing {

inline std::unique_ptr<Workspace> OpenBundleWorkspace(const std::filesystem::path& dir) {
  const std::string cache = ::testing::TempDir() + "entente-test-cache";
  setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  return std::make_unique<Workspace>(dir, Manifest::Bundle());
}

// The rows of section `name`, or null.
inline const Table* SectionTable(const Answer& answer, const std::string& name) {
  for (const auto& s : answer.sections) {
    if (s.name == name) return &s.table;
  }
  return nullptr;
}

// The index of column `name` in `table` (columns.size() when absent).
// The index of column `name`; throws (failing the test) when there is none,
// so that a renamed column never reads past a row.
inline size_t ColumnOf(const Table& table, const std::string& name) {
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].name == name) return i;
  }
  throw std::out_of_range("no column " + name);
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_SUPPORT_WORKSPACE_H_
