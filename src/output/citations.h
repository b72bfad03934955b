// The references of datasets (`entente data cite`) as text, BibTeX or JSON.
#ifndef ENTENTE_OUTPUT_CITATIONS_H_
#define ENTENTE_OUTPUT_CITATIONS_H_

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/manifest.h"

namespace entente {

enum class CitationFormat { kText, kBibtex, kJson };

// One paragraph per dataset: "id: title", then the full citation, then the
// version, file and full SHA-256, then the licence and source page.
std::string CitationText(const DatasetInfo& dataset);

// An array of {id, title, version, path, sha256, citation, licence, source, bibtex}.
nlohmann::ordered_json CitationsJson(const std::vector<const DatasetInfo*>& datasets);

// The datasets' references in `format`, separated by blank lines (text and
// BibTeX) or as one JSON array.
void WriteCitations(const std::vector<const DatasetInfo*>& datasets, CitationFormat format, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CITATIONS_H_
