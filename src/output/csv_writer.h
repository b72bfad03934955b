// Tidy CSV: a header row of snake_case names, one row per observation,
// missing values as empty fields, numbers in shortest round-trip form. One
// table per file, nothing else in it, so that R's read.csv and fread, pandas
// and spreadsheets read it with their default options (docs/OUTPUTS.md).
#ifndef ENTENTE_OUTPUT_CSV_WRITER_H_
#define ENTENTE_OUTPUT_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "core/answer.h"

namespace entente {

// Quotes a field when it holds a comma, a quote or a line break.
std::string CsvEscape(std::string_view field);
// The header row, then one line per row.
void WriteCsvTable(const Table& table, std::ostream& out);
// '#' lines naming the title, facts, notes and datasets (id, version, sha256
// prefix), for those who ask for them (--comments) and read with comment='#'.
void WriteCsvComments(const Answer& answer, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CSV_WRITER_H_
