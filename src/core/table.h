// Table: the tidy result every query returns and every writer formats.
//
// Columns have snake_case names; cells are missing, integers, numbers or
// text. A missing cell is written as an empty CSV field and JSON null, never
// as 0 or NaN. `decimals` only affects the aligned terminal view: CSV and
// JSON keep full precision.
#ifndef ENTENTE_CORE_TABLE_H_
#define ENTENTE_CORE_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace entente {

using Cell = std::variant<std::monostate, int64_t, double, std::string>;

// A cell from an optional number: missing when there is no value.
inline Cell OptionalCell(const std::optional<double>& v) {
  return v ? Cell(*v) : Cell(std::monostate{});
}

struct Column {
  std::string name;
  int decimals = 4;  // digits after the point in the aligned view
  // Where the column's values come from, when a table joins several sources
  // (the panels): dataset ids and the years they cover ("1816-2016"). The
  // metadata beside a CSV file names them per column.
  std::vector<std::string> datasets;
  std::string coverage;
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;

  // Adds a column and returns its index.
  size_t AddColumn(std::string name, int decimals = 4) {
    columns.push_back(Column{std::move(name), decimals, {}, {}});
    return columns.size() - 1;
  }
  // REQUIRES: row.size() == columns.size().
  void AddRow(std::vector<Cell> row) { rows.push_back(std::move(row)); }
  bool empty() const { return rows.empty(); }
};

}  // namespace entente

#endif  // ENTENTE_CORE_TABLE_H_
