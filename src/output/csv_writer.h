// Tidy CSV: a header row of snake_case names, one row per observation,
// missing values as empty fields, numbers in shortest round-trip form.
#ifndef ENTENTE_OUTPUT_CSV_WRITER_H_
#define ENTENTE_OUTPUT_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "core/answer.h"

namespace entente {

// Quotes a field when it holds a comma, a quote or a line break.
std::string CsvEscape(std::string_view field);
void WriteCsvTable(const Table& table, std::ostream& out);
// With provenance, the CSV starts with '#' lines: the title, facts, notes and the
// datasets (id, version, sha256 prefix). With several sections, each starts
// with a '# section: name' line and sections are separated by a blank line.
void WriteCsv(const Answer& answer, std::ostream& out, bool provenance);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CSV_WRITER_H_
