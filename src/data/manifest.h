// Manifest: the datasets of the bundle, as the project expects them.
//
// Parsed from src/data/bundle_manifest.toml (embedded in the binary): for each
// file its path in the bundle, SHA-256, number of records, years covered,
// citation, licence and source page, and the CSV shape needed to read it.
#ifndef ENTENTE_DATA_MANIFEST_H_
#define ENTENTE_DATA_MANIFEST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/period.h"
#include "core/status.h"
#include "data/csv_reader.h"

namespace entente {

struct DatasetInfo {
  std::string id;         // short name used in outputs, e.g. "un_votes"
  std::string path;       // relative to the bundle's root
  std::string title;
  std::string publisher;
  std::string version;
  std::string sha256;     // 64 lower-case hex digits
  int64_t rows = 0;       // records, header and preamble not counted
  std::optional<Period> years;  // coverage, when the dataset is yearly
  std::string citation;
  std::string licence;
  std::string source;     // the publisher's page
  CsvOptions csv;

  // The first 16 hex digits of the checksum, as shown in provenance.
  std::string ShortSha() const { return sha256.substr(0, 16); }
};

class Manifest {
 public:
  // Parses a manifest; a data error names the line of a malformed entry.
  static Result<Manifest> Parse(std::string_view toml, const std::string& source);
  // The manifest built into entente.
  static const Manifest& Bundle();

  const std::vector<DatasetInfo>& datasets() const { return datasets_; }
  // The dataset with this id or path, or null.
  const DatasetInfo* Find(std::string_view id_or_path) const;

 private:
  std::vector<DatasetInfo> datasets_;
};

}  // namespace entente

#endif  // ENTENTE_DATA_MANIFEST_H_
