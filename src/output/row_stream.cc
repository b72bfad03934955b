// Streaming writers: rows are formatted into one buffer with fmt and written
// in large blocks.
#include "output/row_stream.h"

#include <fmt/format.h>

#include "core/number_format.h"
#include "core/version.h"
#include "output/csv_row_formatter.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"

namespace entente {
namespace {

constexpr size_t kFlushBytes = 1 << 20;

class CsvStream : public RowStream {
 public:
  CsvStream(std::ostream& out, const Answer& header, bool comments) : out_(out) {
    if (comments) WriteCsvComments(header, out_);
    Table head;
    head.columns = header.sections.at(0).table.columns;
    WriteCsvTable(head, out_);
  }
  void Row(const std::vector<Cell>& cells) override {
    formatter_.Append(cells, buf_);
    if (buf_.size() > kFlushBytes) Flush();
  }
  bool WriteCsvLines(std::string_view lines) override {
    Flush();
    out_.write(lines.data(), static_cast<std::streamsize>(lines.size()));
    return true;
  }
  void Finish() override {
    Flush();
    out_.flush();
  }

 private:
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::ostream& out_;
  CsvRowFormatter formatter_;
  fmt::memory_buffer buf_;
};

class JsonStream : public RowStream {
 public:
  JsonStream(std::ostream& out, const Answer& header) : out_(out), header_(header) {
    nlohmann::ordered_json doc = AnswerToJson(header);
    section_ = header.sections.empty() ? "rows" : header.sections[0].name;
    doc.erase(section_);
    doc.erase("datasets");
    doc.erase("entente_version");
    std::string head = doc.dump();
    head.pop_back();  // the closing brace: rows and datasets follow
    out_ << head << ",\"" << section_ << "\":[";
  }
  void Row(const std::vector<Cell>& cells) override {
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    const auto& cols = header_.sections[0].table.columns;
    for (size_t i = 0; i < cells.size(); ++i) obj[cols[i].name] = CellToJson(cells[i]);
    out_ << (first_ ? "\n" : ",\n") << obj.dump();
    first_ = false;
  }
  void Finish() override {
    out_ << "\n],\"datasets\":" << DatasetsToJson(header_.datasets).dump()
         << ",\"entente_version\":" << nlohmann::ordered_json(kEntenteVersion).dump() << "}\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  const Answer& header_;
  std::string section_;
  bool first_ = true;
};

class CollectingStream : public RowStream {
 public:
  CollectingStream(Format format, std::ostream& out, const Answer& header, const WriteOptions& options)
      : format_(format), out_(out), answer_(header), options_(options) {
    answer_.sections.resize(1);
    answer_.sections[0].table.rows.clear();
  }
  void Row(const std::vector<Cell>& cells) override { answer_.sections[0].table.AddRow(cells); }
  void Finish() override { WriteAnswer(answer_, format_, out_, options_); }

 private:
  Format format_;
  std::ostream& out_;
  Answer answer_;
  WriteOptions options_;
};

}  // namespace

std::unique_ptr<RowStream> OpenRowStream(Format format, std::ostream& out, const Answer& header,
                                         const WriteOptions& options) {
  switch (format) {
    case Format::kCsv: return std::make_unique<CsvStream>(out, header, options.csv_comments);
    case Format::kJson: return std::make_unique<JsonStream>(out, header);
    default: return std::make_unique<CollectingStream>(format, out, header, options);
  }
}

}  // namespace entente
