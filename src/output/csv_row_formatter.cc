// Formatting rows as CSV lines, with the texts of recent numbers kept. A row
// is written through a raw pointer into space reserved for its longest
// possible text, so that no cell pays for a capacity check.
#include "output/csv_row_formatter.h"

#include <cstring>
#include <string>

#include "core/number_format.h"
#include "output/csv_writer.h"

namespace entente {
namespace {

// Longest text of a cell that is not a string, plus the comma: a double's
// shortest form is at most 24 characters, and kept texts are copied whole.
constexpr size_t kMaxNumberText = 32;

}  // namespace

char* CsvRowFormatter::AppendNumber(double v, size_t column, char* p) {
  ColumnCache& cache = kept_[column];
  if (cache.off) return p + AppendShortest(v, p);
  uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  // Fibonacci hashing of the bits picks the slot.
  Kept& k = cache.slots[(bits * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits)];
  if (cache.lookups < kTrialLookups && ++cache.lookups == kTrialLookups) cache.off = cache.hits < kMinHits;
  if (k.size != 0 && k.bits == bits) {
    ++cache.hits;
  } else {
    char text[32];
    size_t n = AppendShortest(v, text);
    std::memcpy(k.text, text, sizeof k.text);
    k.size = static_cast<uint8_t>(n);
    k.bits = bits;
  }
  std::memcpy(p, k.text, sizeof k.text);  // a fixed size: the copy is two moves
  return p + k.size;
}

void CsvRowFormatter::Append(const std::vector<Cell>& cells, fmt::memory_buffer& out) {
  if (kept_.size() < cells.size()) kept_.resize(cells.size());
  size_t room = 1;
  for (const Cell& cell : cells) {
    room += cell.index() == 3 ? 2 * std::get<std::string>(cell).size() + 3 : kMaxNumberText + 1;
  }
  const size_t start = out.size();
  out.resize(start + room);
  char* const begin = out.data() + start;
  char* p = begin;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) *p++ = ',';
    const Cell& cell = cells[i];
    switch (cell.index()) {
      case 1: {
        const int64_t v = std::get<int64_t>(cell);
        if (v >= 0 && v < 10) {
          *p++ = static_cast<char>('0' + v);
        } else {
          fmt::format_int text(v);
          std::memcpy(p, text.data(), text.size());
          p += text.size();
        }
        break;
      }
      case 2: p = AppendNumber(std::get<double>(cell), i, p); break;
      case 3: {
        const std::string& s = std::get<std::string>(cell);
        if (s.find_first_of(",\"\r\n") == std::string::npos) {
          std::memcpy(p, s.data(), s.size());
          p += s.size();
        } else {
          const std::string e = CsvEscape(s);
          std::memcpy(p, e.data(), e.size());
          p += e.size();
        }
        break;
      }
      default: break;
    }
  }
  *p++ = '\n';
  out.resize(start + static_cast<size_t>(p - begin));
}

}  // namespace entente
