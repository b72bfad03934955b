// Output formats and the function that writes an Answer in one of them.
#ifndef ENTENTE_OUTPUT_FORMAT_H_
#define ENTENTE_OUTPUT_FORMAT_H_

#include <map>
#include <ostream>
#include <string>

#include "core/answer.h"

namespace entente {

enum class Format { kTable, kCsv, kJson, kMarkdown };

// The names users type: table, csv, json, md.
const std::map<std::string, Format>& FormatNames();

struct WriteOptions {
  // CSV only: start with '#' comment lines naming the query and datasets.
  bool csv_provenance = true;
};

void WriteAnswer(const Answer& answer, Format format, std::ostream& out, const WriteOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_OUTPUT_FORMAT_H_
