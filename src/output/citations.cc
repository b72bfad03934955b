// Writing dataset references.
#include "output/citations.h"

#include <fmt/format.h>

#include "output/bibtex.h"

namespace entente {

std::string CitationText(const DatasetInfo& d) {
  std::string out = fmt::format("{}: {}\n  {}\n", d.id, d.title, d.citation);
  out += fmt::format("  Version {}; file {} of the entente data bundle, SHA-256 {}.\n", d.version, d.path, d.sha256);
  out += fmt::format("  Licence: {}. {}\n", d.licence, d.source);
  return out;
}

nlohmann::ordered_json CitationsJson(const std::vector<const DatasetInfo*>& datasets) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const DatasetInfo* d : datasets) {
    out.push_back({{"id", d->id},
                   {"title", d->title},
                   {"version", d->version},
                   {"path", d->path},
                   {"sha256", d->sha256},
                   {"citation", d->citation},
                   {"licence", d->licence},
                   {"source", d->source},
                   {"bibtex", BibtexEntry(*d)}});
  }
  return out;
}

void WriteCitations(const std::vector<const DatasetInfo*>& datasets, CitationFormat format, std::ostream& out) {
  if (format == CitationFormat::kJson) {
    out << CitationsJson(datasets).dump(2) << "\n";
    return;
  }
  for (size_t i = 0; i < datasets.size(); ++i) {
    if (i > 0) out << "\n";
    out << (format == CitationFormat::kBibtex ? BibtexEntry(*datasets[i]) : CitationText(*datasets[i]));
  }
}

}  // namespace entente
