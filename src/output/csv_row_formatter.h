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
  static constexpr int kSlotBits = 9;
  // A column whose numbers rarely repeat (agreement scores) stops keeping
  // texts after kTrialLookups lookups with fewer than kMinHits hits: the
  // lookups would cost more than they save.
  static constexpr uint32_t kTrialLookups = 4096;
  static constexpr uint32_t kMinHits = kTrialLookups / 4;
  struct Kept {
    uint64_t bits = 0;
    uint8_t size = 0;  // 0: nothing kept
    char text[32];
  };
  struct ColumnCache {
    uint32_t lookups = 0;
    uint32_t hits = 0;
    bool off = false;
    std::array<Kept, size_t{1} << kSlotBits> slots;
  };
  // Writes the shortest text of v at p (which has 32 bytes of room) and
  // returns the end of the text.
  char* AppendNumber(double v, size_t column, char* p);
  std::vector<ColumnCache> kept_;
};

}  // namespace entente

#endif  // ENTENTE_OUTPUT_CSV_ROW_FORMATTER_H_
