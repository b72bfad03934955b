// The column dictionary: every column name entente writes, with its type and
// meaning. Its one source is the table "Column dictionary" of docs/OUTPUTS.md,
// built into entente and read on first use, so the documentation and the CSV
// on the Web metadata beside a CSV file cannot drift apart; a test runs every
// command and checks each column it writes against it.
#ifndef ENTENTE_OUTPUT_COLUMN_DICTIONARY_H_
#define ENTENTE_OUTPUT_COLUMN_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente {

struct ColumnInfo {
  std::string name;      // "ccode1"; "{year}" stands for the year columns of a wide table
  std::string datatype;  // a CSVW datatype: integer, number, string or boolean
  std::string description;
};

// Reads the dictionary from a Markdown document: the rows
// "| `name` | type | meaning |" of the table under "## Column dictionary".
// A usage error naming the line for a malformed row, an unknown type or a
// name listed twice.
Result<std::vector<ColumnInfo>> ParseColumnDictionary(std::string_view markdown, std::string_view source);

// The built-in dictionary (docs/OUTPUTS.md as built), in its order.
const std::vector<ColumnInfo>& ColumnDictionary();
// The entry for a column, or nullptr. A name of four digits is a year column.
const ColumnInfo* FindColumnInfo(std::string_view name);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_COLUMN_DICTIONARY_H_
