// One rule for writing numbers: shortest text that reads back to the same
// double (CSV, JSON, Markdown), or a fixed number of decimals (terminal view).
#ifndef ENTENTE_CORE_NUMBER_FORMAT_H_
#define ENTENTE_CORE_NUMBER_FORMAT_H_

#include <cstddef>
#include <string>

#include "core/table.h"

namespace entente {

std::string FormatShortest(double v);
// Writes the shortest round-trip text of v into out (at least 32 bytes) and
// returns its length. The one rule behind every number in CSV and JSON text.
size_t AppendShortest(double v, char* out);
std::string FormatFixed(double v, int decimals);
// A cell as text: "" when missing, shortest form for numbers.
std::string CellText(const Cell& cell);
// A cell for reading: numbers rounded to `decimals`, missing as "-".
std::string CellDisplay(const Cell& cell, int decimals);

}  // namespace entente

#endif  // ENTENTE_CORE_NUMBER_FORMAT_H_
