// Dispatch from Format to the writer of that format.
#include "output/format.h"

#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/markdown_writer.h"
#include "output/text_writer.h"

namespace entente {

const std::map<std::string, Format>& FormatNames() {
  static const std::map<std::string, Format> kNames = {
      {"table", Format::kTable}, {"csv", Format::kCsv}, {"json", Format::kJson}, {"md", Format::kMarkdown}};
  return kNames;
}

void WriteAnswer(const Answer& answer, Format format, std::ostream& out, const WriteOptions& options) {
  switch (format) {
    case Format::kTable: WriteText(answer, out); break;
    case Format::kCsv: WriteCsv(answer, out, options.csv_provenance); break;
    case Format::kJson: out << AnswerToJson(answer).dump(2) << "\n"; break;
    case Format::kMarkdown: WriteMarkdown(answer, out); break;
  }
}

}  // namespace entente
