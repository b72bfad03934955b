// Presence, checksum and shape checks of the bundle's files.
#include "data/bundle_check.h"

#include <fstream>

#include <fmt/format.h>

#include "data/checksum_cache.h"
#include "data/csv_reader.h"
#include "data/regular_file.h"
#include "data/sha256.h"

namespace entente {

const char* DatasetCheck::StateName(State s) {
  switch (s) {
    case State::kFound: return "found";
    case State::kMissing: return "missing";
    case State::kUnreadable: return "unreadable";
    case State::kChanged: return "changed";
    case State::kMalformed: return "malformed";
  }
  return "?";
}

Result<int64_t> CountRecords(std::istream& in, const DatasetInfo& info) {
  CsvReader reader(in, info.path, info.csv);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  CsvRecord rec;
  bool has = false;
  int64_t n = 0;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) return n;
    ++n;
  }
}

DatasetCheck CheckDataset(const std::filesystem::path& dir, const DatasetInfo& info, bool count_rows) {
  DatasetCheck check;
  check.info = &info;
  std::filesystem::path path = dir / info.path;
  if (Status file = CheckRegularFile(path, path.string()); !file.ok()) {
    std::error_code ec;
    check.state = std::filesystem::exists(std::filesystem::symlink_status(path, ec)) ? DatasetCheck::State::kUnreadable
                                                                                    : DatasetCheck::State::kMissing;
    check.problem = file.message();
    return check;
  }
  std::optional<FileStamp> stamp = StampRegularFile(path);
  Result<std::string> sha = Sha256File(path);
  if (!sha.ok() || !stamp) {
    check.state = DatasetCheck::State::kUnreadable;
    check.problem = sha.ok() ? path.string() + ": cannot be read" : sha.status().message();
    return check;
  }
  check.sha256 = *sha;
  // What was just hashed replaces whatever the cache held, so that a query
  // after `data verify` sees the file as it is.
  RecordSha256(path, *stamp, *sha);
  check.state = DatasetCheck::State::kFound;
  if (check.sha256 != info.sha256) {
    check.state = DatasetCheck::State::kChanged;
    check.problem = fmt::format("{}: sha256 is {}, expected {}", info.path, check.sha256.substr(0, 16),
                                info.ShortSha());
  }
  if (count_rows) {
    std::ifstream in(path, std::ios::binary);
    Result<int64_t> rows = CountRecords(in, info);
    if (!rows.ok()) {
      // A changed checksum is the primary finding; the parse error says where.
      if (check.state != DatasetCheck::State::kChanged) check.state = DatasetCheck::State::kMalformed;
      check.problem += (check.problem.empty() ? "" : "; ") + rows.status().message();
    } else {
      check.rows = *rows;
      if (check.state == DatasetCheck::State::kFound && *rows != info.rows) {
        check.state = DatasetCheck::State::kChanged;
        check.problem = fmt::format("{}: {} records, expected {}", info.path, *rows, info.rows);
      }
    }
  }
  return check;
}

}  // namespace entente
