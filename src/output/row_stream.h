// RowStream: writes a large table row by row, for answers too big to hold in
// memory (the dyad-year panel). CSV and JSON stream; the table and Markdown
// views collect the rows and write them at the end.
#ifndef ENTENTE_OUTPUT_ROW_STREAM_H_
#define ENTENTE_OUTPUT_ROW_STREAM_H_

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "core/answer.h"
#include "output/format.h"

namespace entente {

class RowStream {
 public:
  virtual ~RowStream() = default;
  // One row of the header's first section, cells in column order.
  virtual void Row(const std::vector<Cell>& cells) = 0;
  // CSV only: writes rows already formatted as CSV lines by a
  // CsvRowFormatter (rows formatted in parallel, handed over in order).
  // Returns false, writing nothing, for the other formats.
  virtual bool WriteCsvLines(std::string_view lines) {
    (void)lines;
    return false;
  }
  // Writes what follows the rows (notes, datasets) and flushes.
  virtual void Finish() = 0;
};

// `header` holds the title, facts, notes, datasets and, in its first section,
// the columns (its rows are ignored). It must outlive the stream.
std::unique_ptr<RowStream> OpenRowStream(Format format, std::ostream& out, const Answer& header,
                                         const WriteOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_OUTPUT_ROW_STREAM_H_
