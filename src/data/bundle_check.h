// Checking the files of the bundle against the manifest: is each present,
// unchanged (SHA-256) and readable as the CSV it should be.
#ifndef ENTENTE_DATA_BUNDLE_CHECK_H_
#define ENTENTE_DATA_BUNDLE_CHECK_H_

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/status.h"
#include "data/manifest.h"

namespace entente {

struct DatasetCheck {
  // kUnreadable: there, but a directory, a FIFO or a file without read permission.
  enum class State { kFound, kMissing, kUnreadable, kChanged, kMalformed };
  const DatasetInfo* info = nullptr;
  State state = State::kMissing;
  std::string sha256;   // of the file as found (empty when missing)
  int64_t rows = -1;    // records counted, -1 when not counted
  std::string problem;  // why it is changed or malformed

  static const char* StateName(State s);
};

// Checks one dataset in `dir`. With count_rows, the file is parsed with the
// CSV reader and its records counted; a parse error makes it kMalformed.
DatasetCheck CheckDataset(const std::filesystem::path& dir, const DatasetInfo& info, bool count_rows);

// Counts the records of a CSV stream shaped as `info` says; a data error on
// malformed input.
Result<int64_t> CountRecords(std::istream& in, const DatasetInfo& info);

}  // namespace entente

#endif  // ENTENTE_DATA_BUNDLE_CHECK_H_
