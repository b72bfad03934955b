// Manifest: the datasets of the bundle, as the project expects them.
//
// Parsed from src/data/bundle_manifest.toml (embedded in the binary): for each
// file its path in the bundle, SHA-256, number of records, years covered,
// citation (as text and as the fields of a BibTeX entry), licence and source
// page, and the CSV shape needed to read it.
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

// How to cite a dataset as a bibliography does: the fields of its BibTeX
// entry, from the manifest's [dataset.bibtex] table. Only what the citation
// text states; a field left empty is unknown and not written.
struct BibReference {
  std::string type;                  // "article", "book" or "misc"
  std::string key;                   // unique in the manifest: letters, digits and -_:.
  std::vector<std::string> authors;  // people, as written ("Erik Voeten", "Thompson")
  std::string body;                  // or an organisation as the author, never split into names
  std::string title;
  std::optional<int> year;
  std::string journal;               // an article's
  std::string volume;
  std::string number;
  std::string pages;
  std::string publisher;
  std::string howpublished;
  std::string url;
  std::string doi;
  std::string note;                  // what else the citation says (the tidy form, a second work)
};

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
  BibReference bibtex;
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
