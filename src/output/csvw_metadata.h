// The metadata file beside a CSV table, following W3C "CSV on the Web"
// (Metadata Vocabulary for Tabular Data, 2015): FILE.csv-metadata.json names
// the CSV, each column's name, datatype and meaning, and the provenance that a
// tidy CSV cannot carry: the title and facts of the answer, its notes, the
// datasets read (version, full SHA-256, citation), the command line and the
// version of entente.
#ifndef ENTENTE_OUTPUT_CSVW_METADATA_H_
#define ENTENTE_OUTPUT_CSVW_METADATA_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/answer.h"

namespace entente {

// "votes.csv" -> "votes.csv-metadata.json", the name CSVW processors look for.
std::string CsvwMetadataPath(std::string_view csv_path);

// `csv_url` is the CSV's file name relative to the metadata file.
nlohmann::ordered_json CsvwMetadata(const Answer& answer, const Section& section, std::string_view csv_url,
                                    std::string_view command_line);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CSVW_METADATA_H_
