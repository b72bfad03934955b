// CsvReader: the one streaming CSV parser behind every dataset loader.
//
// RFC 4180: quoted fields, doubled quotes, embedded delimiters and newlines,
// LF or CRLF line ends. Beyond the RFC, what the bundle needs: a number of
// preamble lines skipped before the header (SIPRI's eleven), an optional mark
// that ends every line (SIPRI's ';'), blank lines skipped, and whether each
// field was quoted, so that a quoted "NA" (Namibia's ISO code) is told from an
// unquoted NA (a missing value). Every record must have as many fields as the
// header; any malformed input is an error naming the source, the physical
// 1-based line and column, and what was expected. Input is read in blocks, so
// memory stays proportional to the longest record, not to the file.
#ifndef ENTENTE_DATA_CSV_READER_H_
#define ENTENTE_DATA_CSV_READER_H_

#include <array>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente {

struct CsvOptions {
  char delimiter = ',';
  // Physical lines skipped before the header (they are not parsed as CSV).
  int preamble_lines = 0;
  // When not '\0', every line ends with this character before its line break
  // (SIPRI ends each line with ';'); it is removed, and a line without it is
  // an error.
  char line_end_mark = '\0';
  // The first record names the columns and fixes how many each record has.
  bool has_header = true;
};

// One field of a record: its text (quotes removed, doubled quotes undone),
// whether it was quoted, and where it starts.
struct CsvField {
  std::string_view text;
  bool quoted = false;
  int64_t line = 0;    // physical, 1-based
  int32_t column = 0;  // byte within its line, 1-based
};

// A parsed record. Its views stay valid until the next call to Next().
class CsvRecord {
 public:
  size_t size() const { return fields_.size(); }
  const CsvField& operator[](size_t i) const { return fields_[i]; }
  std::string_view text(size_t i) const { return fields_[i].text; }
  // The physical line on which the record starts.
  int64_t line() const { return line_; }

 private:
  friend class CsvReader;
  std::vector<CsvField> fields_;
  int64_t line_ = 0;
};

class CsvReader {
 public:
  // Reads from `in`, which must outlive the reader. `source` names the input
  // in error messages (usually the file's path within the data bundle).
  CsvReader(std::istream& in, std::string source, CsvOptions options = {});

  // Reads the header when the options say there is one. Must be called once
  // before Next(); it also skips the preamble.
  Status Start();

  // Parses the next record into *record. Sets *has_record to false at the end
  // of input. On a malformed record returns a data error naming line and
  // column; the reader must not be used after an error.
  Status Next(CsvRecord* record, bool* has_record);

  // The header's column names, in order (empty without a header).
  const std::vector<std::string>& header() const { return header_; }
  // Index of the column `name`, or a data error naming the file, the missing
  // column and the columns it has.
  Result<size_t> ColumnIndex(std::string_view name) const;
  const std::string& source() const { return source_; }

  // "source:line:column: " prefix for messages about a field of the record.
  std::string Where(const CsvField& field) const;
  // A data error for `field` of column `column` (as named in the header):
  // `source:line:col: column "name": got "text", expected <expected>`.
  Status FieldError(const CsvRecord& record, size_t column, std::string_view expected) const;

 private:
  enum class Step { kRecord, kBlank, kNeedMore, kEnd, kError };
  Step TryParse(CsvRecord* record);
  bool Refill();
  Status SkipPreamble();
  Status Fail(int64_t line, int64_t column, std::string what);

  std::istream& in_;
  std::string source_;
  CsvOptions options_;
  std::vector<std::string> header_;
  size_t expected_fields_ = 0;

  std::array<bool, 256> stop_{};  // bytes that end an unquoted run of text
  std::vector<char> buffer_;
  size_t pos_ = 0;   // start of the unparsed text in buffer_
  size_t end_ = 0;   // one past the last byte read into buffer_
  bool eof_ = false;
  int64_t line_ = 1;          // physical line at pos_
  int64_t line_start_ = 0;    // buffer offset where line_ starts (may be negative after a shift)
  Status error_;

  struct Span {
    size_t begin;
    size_t length;
    int32_t scratch;  // index into scratch_ when unescaping was needed, else -1
    bool quoted;
    int64_t line;
    int32_t column;
  };
  std::vector<Span> spans_;
  std::vector<std::string> scratch_;
  size_t scratch_used_ = 0;
};

}  // namespace entente

#endif  // ENTENTE_DATA_CSV_READER_H_
