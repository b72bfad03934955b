// Output formats and the function that writes an Answer in one of them.
#ifndef ENTENTE_OUTPUT_FORMAT_H_
#define ENTENTE_OUTPUT_FORMAT_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "core/answer.h"

namespace entente {

enum class Format { kTable, kCsv, kJson, kMarkdown };

// The names users type: table, csv, json, md.
const std::map<std::string, Format>& FormatNames();

struct WriteOptions {
  // CSV only: start with '#' comment lines naming the query and datasets.
  bool csv_comments = false;
  // The one section to write (table, csv, md); empty: every section, and for
  // CSV, which holds one table, the first. JSON always holds every section.
  std::string section;
};

// REQUIRES: options.section is empty or names a section of the answer.
void WriteAnswer(const Answer& answer, Format format, std::ostream& out, const WriteOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_OUTPUT_FORMAT_H_
