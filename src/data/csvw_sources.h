// The datasets a table was computed from, read back from the CSV on the Web
// metadata file that entente writes beside a CSV (`-o out.csv` writes
// out.csv-metadata.json): its "dc:source" list, one object per dataset with
// "schema:identifier" (the manifest's id) and "schema:sha256".
#ifndef ENTENTE_DATA_CSVW_SOURCES_H_
#define ENTENTE_DATA_CSVW_SOURCES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente {

struct CsvwSource {
  std::string id;
  std::string sha256;  // empty when the file gives none
};

// The sources in the file's order, each id once. A data error naming
// `source` when the text is not JSON (with line and column) or has no
// "dc:source" list of objects with a "schema:identifier" text (with the JSON
// pointer of what is wrong).
Result<std::vector<CsvwSource>> ParseCsvwSources(std::string_view text, const std::string& source);

// Reads and parses the file at `path`; a usage error when it cannot be read.
Result<std::vector<CsvwSource>> ReadCsvwSources(const std::string& path);

}  // namespace entente

#endif  // ENTENTE_DATA_CSVW_SOURCES_H_
