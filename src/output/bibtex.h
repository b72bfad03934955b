// BibTeX for the datasets of the bundle: one entry per dataset, from the
// fields of the manifest's [dataset.bibtex] table, with a note giving the
// version and the full SHA-256 of the file the answers were computed from.
#ifndef ENTENTE_OUTPUT_BIBTEX_H_
#define ENTENTE_OUTPUT_BIBTEX_H_

#include <string>
#include <string_view>

#include "data/manifest.h"

namespace entente {

// Text as the value of a brace-delimited BibTeX field: braces and the
// characters LaTeX reads as commands (\ { } & % $ # _ ~ ^) escaped, so that
// any text gives balanced braces and prints as written. UTF-8 is kept.
std::string BibtexEscape(std::string_view text);

// A URL or DOI, kept verbatim as \url reads it (no backslashes added);
// braces, which would end the field, are percent-encoded.
std::string BibtexUrl(std::string_view url);

// The note of a dataset's entry: the manifest's note, then its version, file
// and full SHA-256 ("... Version 6.0; file cow/NMC-60-abridged.csv of the
// entente data bundle, SHA-256 cd84...").
std::string BibtexNote(const DatasetInfo& dataset);

// "@article{key,\n  author = {...},\n ...}\n": the fields the manifest gives
// for the entry's type, in the usual order.
std::string BibtexEntry(const DatasetInfo& dataset);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_BIBTEX_H_
