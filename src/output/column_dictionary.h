// The column dictionary: every column name entente writes, with its type and
// meaning. docs/OUTPUTS.md lists the same entries (a test keeps them equal),
// and the CSV on the Web metadata beside a CSV file describes each column
// from here.
#ifndef ENTENTE_OUTPUT_COLUMN_DICTIONARY_H_
#define ENTENTE_OUTPUT_COLUMN_DICTIONARY_H_

#include <span>
#include <string_view>

namespace entente {

struct ColumnInfo {
  std::string_view name;      // "ccode1"; "{year}" stands for the year columns of a wide table
  std::string_view datatype;  // a CSVW datatype: integer, number, string or boolean
  std::string_view description;
};

std::span<const ColumnInfo> ColumnDictionary();
// The entry for a column, or nullptr. A name of four digits is a year column.
const ColumnInfo* FindColumnInfo(std::string_view name);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_COLUMN_DICTIONARY_H_
