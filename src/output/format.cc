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

namespace {

void WriteCsvAnswer(const Answer& answer, std::ostream& out, const WriteOptions& options) {
  if (options.csv_comments) WriteCsvComments(answer, out);
  const Section* section = options.section.empty()
                               ? (answer.sections.empty() ? nullptr : &answer.sections.front())
                               : FindSection(answer, options.section);
  if (section != nullptr) WriteCsvTable(section->table, out);
}

// The answer with only the chosen section, for the views for people.
Answer OnlySection(const Answer& answer, const std::string& name) {
  Answer one;
  one.command = answer.command;
  one.title = answer.title;
  one.facts = answer.facts;
  one.notes = answer.notes;
  one.datasets = answer.datasets;
  one.no_rows = answer.no_rows;
  if (const Section* s = FindSection(answer, name)) one.sections.push_back(*s);
  return one;
}

}  // namespace

void WriteAnswer(const Answer& answer, Format format, std::ostream& out, const WriteOptions& options) {
  if ((format == Format::kTable || format == Format::kMarkdown) && !options.section.empty() &&
      answer.sections.size() > 1) {
    WriteAnswer(OnlySection(answer, options.section), format, out, WriteOptions{});
    return;
  }
  switch (format) {
    case Format::kTable: WriteText(answer, out); break;
    case Format::kCsv: WriteCsvAnswer(answer, out, options); break;
    case Format::kJson: out << AnswerToJson(answer).dump(2) << "\n"; break;
    case Format::kMarkdown: WriteMarkdown(answer, out); break;
  }
}

}  // namespace entente
