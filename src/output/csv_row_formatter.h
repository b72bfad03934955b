// CsvRowFormatter: one table row as a CSV line, by the rules of the CSV
// writer (shortest round-trip numbers, empty fields for missing values,
// quoting only when needed), fast enough for panels of millions of rows. The
// text of recent numbers is kept per column, since a panel repeats them (a
// state's CINC on every row of its year); a kept text is the one the rule
// gives, so the output is the same with or without it. Not thread-safe: use
// one formatter per thread.
#ifndef ENTENTE_OUTPUT_CSV_ROW_FORMATTER_H_
#define ENTENTE_OUTPUT_CSV_ROW_FORMATTER_H_

#include <array>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "core/table.h"

namespace entente {

class CsvRowFormatter {
 public:
  // Appends the cells joined by commas and a '\n' to `out`.
  void Append(const std::vector<Cell>& cells, fmt::memory_buffer& out);

 private:
  static constexpr int kSlotBits = 10;
  struct Kept {
    uint64_t bits = 0;
    uint8_t size = 0;  // 0: nothing kept
    char text[31];
  };
  using ColumnCache = std::array<Kept, size_t{1} << kSlotBits>;
  void AppendNumber(double v, size_t column, fmt::memory_buffer& out);
  std::vector<ColumnCache> kept_;
};

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CSV_ROW_FORMATTER_H_
