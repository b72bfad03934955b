// The aligned terminal view of an Answer: title, facts, each section as
// columns padded to width (text left, numbers right), notes, datasets.
#ifndef ENTENTE_OUTPUT_TEXT_WRITER_H_
#define ENTENTE_OUTPUT_TEXT_WRITER_H_

#include <ostream>

#include "core/answer.h"

namespace entente {

void WriteTextTable(const Table& table, std::ostream& out);
// Each row as a block of aligned "column  value" lines, blocks separated by a blank line.
void WriteTextRecords(const Table& table, std::ostream& out);
void WriteText(const Answer& answer, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_TEXT_WRITER_H_
