// Formatting rows as CSV lines, with the texts of recent numbers kept.
#include "output/csv_row_formatter.h"

#include <cstring>
#include <string>

#include "core/number_format.h"
#include "output/csv_writer.h"

namespace entente {

void CsvRowFormatter::AppendNumber(double v, size_t column, fmt::memory_buffer& out) {
  uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  // Fibonacci hashing of the bits picks the slot.
  Kept& k = kept_[column][(bits * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)];
  if (k.size == 0 || k.bits != bits) {
    char text[32];
    size_t n = AppendShortest(v, text);
    if (n > sizeof k.text) {
      out.append(text, text + n);
      return;
    }
    std::memcpy(k.text, text, n);
    k.size = static_cast<uint8_t>(n);
    k.bits = bits;
  }
  out.append(k.text, k.text + k.size);
}

void CsvRowFormatter::Append(const std::vector<Cell>& cells, fmt::memory_buffer& out) {
  if (kept_.size() < cells.size()) kept_.resize(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(',');
    const Cell& cell = cells[i];
    switch (cell.index()) {
      case 1: {
        fmt::format_int text(std::get<int64_t>(cell));
        out.append(text.data(), text.data() + text.size());
        break;
      }
      case 2: AppendNumber(std::get<double>(cell), i, out); break;
      case 3: {
        const std::string& s = std::get<std::string>(cell);
        if (s.find_first_of(",\"\r\n") == std::string::npos) {
          out.append(s);
        } else {
          std::string e = CsvEscape(s);
          out.append(e);
        }
        break;
      }
      default: break;
    }
  }
  out.push_back('\n');
}

}  // namespace entente
