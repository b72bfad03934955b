// Parsing loop of CsvReader. The hot path scans unquoted fields with a byte
// table and never copies: fields are views into the read buffer, and only a
// quoted field with doubled quotes is unescaped into scratch space.
#include "data/csv_reader.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <fmt/format.h>

#include "core/text.h"

namespace entente {
namespace {

// Reads are this large; a record longer than the buffer doubles it.
constexpr size_t kBlockSize = 64 << 10;

std::string Quote(std::string_view text) { return QuoteForMessage(text); }

std::string Printable(char c) {
  if (c == '\n') return "a line break";
  if (c == '\r') return "a carriage return";
  if (c == '"') return "'\"'";
  if (static_cast<unsigned char>(c) < 0x20) return fmt::format("byte 0x{:02x}", static_cast<unsigned char>(c));
  return fmt::format("'{}'", c);
}

}  // namespace

CsvReader::CsvReader(std::istream& in, std::string source, CsvOptions options)
    : in_(in), source_(std::move(source)), options_(options), buffer_(kBlockSize) {
  stop_[static_cast<unsigned char>(options_.delimiter)] = true;
  stop_['\n'] = stop_['\r'] = stop_['"'] = true;
  if (options_.line_end_mark != '\0') stop_[static_cast<unsigned char>(options_.line_end_mark)] = true;
}

Status CsvReader::Fail(int64_t line, int64_t column, std::string what) {
  error_ = Status::DataError(fmt::format("{}:{}:{}: {}", source_, line, column, what));
  return error_;
}

std::string CsvReader::Where(const CsvField& field) const {
  return fmt::format("{}:{}:{}: ", source_, field.line, field.column);
}

Status CsvReader::FieldError(const CsvRecord& record, size_t column, std::string_view expected) const {
  const CsvField& f = record[column];
  std::string name = column < header_.size() ? header_[column] : fmt::format("{}", column + 1);
  return Status::DataError(fmt::format("{}column \"{}\": got {}, expected {}", Where(f), name,
                                       Quote(f.text), expected));
}

Result<size_t> CsvReader::ColumnIndex(std::string_view name) const {
  for (size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return i;
  }
  return Status::DataError(fmt::format("{}:{}: missing column \"{}\"; the header has: {}", source_,
                                       options_.preamble_lines + 1, name,
                                       fmt::join(header_, ", ")));
}

bool CsvReader::Refill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    line_start_ -= static_cast<int64_t>(pos_);
    pos_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  in_.read(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
  std::streamsize got = in_.gcount();
  end_ += static_cast<size_t>(got);
  if (got == 0 || !in_) eof_ = true;
  return got > 0;
}

Status CsvReader::SkipPreamble() {
  Refill();
  // A UTF-8 byte-order mark is not part of the first field.
  if (end_ - pos_ >= 3 && std::memcmp(buffer_.data() + pos_, "\xEF\xBB\xBF", 3) == 0) {
    pos_ += 3;
    line_start_ = static_cast<int64_t>(pos_);
  }
  for (int skipped = 0; skipped < options_.preamble_lines;) {
    const char* start = buffer_.data() + pos_;
    const void* nl = std::memchr(start, '\n', end_ - pos_);
    if (nl != nullptr) {
      pos_ += static_cast<size_t>(static_cast<const char*>(nl) - start) + 1;
      ++line_;
      line_start_ = static_cast<int64_t>(pos_);
      ++skipped;
      continue;
    }
    pos_ = end_;
    if (!Refill()) {
      return Fail(line_, 1, fmt::format("the file ends inside its preamble; expected {} preamble lines "
                                        "before the header", options_.preamble_lines));
    }
  }
  return Status::Ok();
}

Status CsvReader::Start() {
  ENTENTE_RETURN_IF_ERROR(SkipPreamble());
  if (!options_.has_header) return Status::Ok();
  CsvRecord record;
  bool has_record = false;
  ENTENTE_RETURN_IF_ERROR(Next(&record, &has_record));
  if (!has_record) {
    return Fail(line_, 1, "the file has no header; expected a line of column names");
  }
  for (size_t i = 0; i < record.size(); ++i) header_.emplace_back(record.text(i));
  expected_fields_ = header_.size();
  return Status::Ok();
}

Status CsvReader::Next(CsvRecord* record, bool* has_record) {
  if (!error_.ok()) return error_;
  for (;;) {
    switch (TryParse(record)) {
      case Step::kRecord:
        *has_record = true;
        return Status::Ok();
      case Step::kBlank:
        continue;
      case Step::kEnd:
        *has_record = false;
        return Status::Ok();
      case Step::kError:
        return error_;
      case Step::kNeedMore:
        if (!Refill()) eof_ = true;
        continue;
    }
  }
}

CsvReader::Step CsvReader::TryParse(CsvRecord* record) {
  const char* b = buffer_.data();
  const char delim = options_.delimiter;
  const char mark = options_.line_end_mark;
  size_t p = pos_;
  int64_t line = line_;
  int64_t line_start = line_start_;

  const std::array<bool, 256>& stop = stop_;

  auto at_line_end = [&](size_t q) { return q < end_ && (b[q] == '\n' || b[q] == '\r'); };
  // Length of the line break at q (1 or 2), 0 when more input is needed, -1
  // for a carriage return without its line feed.
  auto line_break = [&](size_t q) -> int {
    if (b[q] == '\n') return 1;
    if (q + 1 >= end_) return eof_ ? -1 : 0;
    return b[q + 1] == '\n' ? 2 : -1;
  };

  if (p >= end_) return eof_ ? Step::kEnd : Step::kNeedMore;
  {
    // Blank lines (or a line holding only the end mark) carry no record.
    size_t q = p;
    if (mark != '\0' && b[q] == mark) {
      if (q + 1 >= end_ && !eof_) return Step::kNeedMore;
      if (q + 1 >= end_) {
        pos_ = end_;
        return Step::kEnd;
      }
      if (at_line_end(q + 1)) ++q;
    }
    if (at_line_end(q)) {
      int n = line_break(q);
      if (n == 0) return Step::kNeedMore;
      if (n < 0) {
        Fail(line, static_cast<int64_t>(q) - line_start + 1, "carriage return without a line feed; expected CRLF or LF line ends");
        return Step::kError;
      }
      pos_ = q + static_cast<size_t>(n);
      line_ = line + 1;
      line_start_ = static_cast<int64_t>(pos_);
      return Step::kBlank;
    }
  }

  spans_.clear();
  scratch_used_ = 0;
  const int64_t record_line = line;
  for (;;) {
    Span span{p, 0, -1, false, line, static_cast<int32_t>(static_cast<int64_t>(p) - line_start + 1)};
    bool mark_seen = false;
    if (p < end_ && b[p] == '"') {
      span.quoted = true;
      size_t content = ++p;
      bool doubled = false;
      for (;;) {
        const char* q = static_cast<const char*>(std::memchr(b + p, '"', end_ - p));
        size_t stop_at = q ? static_cast<size_t>(q - b) : end_;
        for (const char* nl = static_cast<const char*>(std::memchr(b + p, '\n', stop_at - p)); nl != nullptr;
             nl = static_cast<const char*>(std::memchr(nl + 1, '\n', b + stop_at - nl - 1))) {
          ++line;
          line_start = nl - b + 1;
        }
        p = stop_at;
        if (p >= end_) {
          if (!eof_) return Step::kNeedMore;
          Fail(span.line, span.column, "quoted field is never closed; expected a closing '\"'");
          return Step::kError;
        }
        if (p + 1 >= end_ && !eof_) return Step::kNeedMore;
        if (p + 1 < end_ && b[p + 1] == '"') {
          doubled = true;
          p += 2;
          continue;
        }
        break;
      }
      span.begin = content;
      span.length = p - content;
      ++p;  // the closing quote
      if (doubled) {
        if (scratch_used_ == scratch_.size()) scratch_.emplace_back();
        std::string& s = scratch_[scratch_used_];
        s.clear();
        for (size_t i = content; i < content + span.length; ++i) {
          s.push_back(b[i]);
          if (b[i] == '"') ++i;
        }
        span.scratch = static_cast<int32_t>(scratch_used_++);
      }
      if (mark != '\0' && p < end_ && b[p] == mark) {
        if (p + 1 >= end_ && !eof_) return Step::kNeedMore;
        if (p + 1 >= end_ || at_line_end(p + 1)) {
          mark_seen = true;
          ++p;
        }
      }
      if (p < end_ && b[p] != delim && b[p] != '\n' && b[p] != '\r') {
        Fail(line, static_cast<int64_t>(p) - line_start + 1,
             fmt::format("got {} after a closing quote; expected '{}' or the end of the line", Printable(b[p]),
                         delim));
        return Step::kError;
      }
    } else {
      for (;;) {
        while (p < end_ && !stop[static_cast<unsigned char>(b[p])]) ++p;
        if (p >= end_) break;
        if (b[p] == '"') {
          Fail(line, static_cast<int64_t>(p) - line_start + 1,
               "unexpected '\"' inside an unquoted field; expected the whole field in quotes, with inner quotes doubled");
          return Step::kError;
        }
        if (mark != '\0' && b[p] == mark && b[p] != delim) {
          if (p + 1 >= end_ && !eof_) return Step::kNeedMore;
          if (p + 1 >= end_ || at_line_end(p + 1)) {
            mark_seen = true;
            span.length = p - span.begin;
            ++p;
            break;
          }
          ++p;  // the mark inside text is ordinary text
          continue;
        }
        break;
      }
      if (!mark_seen) span.length = p - span.begin;
    }
    if (p >= end_ && !eof_) return Step::kNeedMore;
    spans_.push_back(span);
    if (p < end_ && b[p] == delim) {
      ++p;
      continue;
    }
    // End of the record: a line break or the end of input.
    if (mark != '\0' && !mark_seen) {
      Fail(line, static_cast<int64_t>(p) - line_start + 1,
           fmt::format("line does not end with '{}'; expected every line of this file to end with it", mark));
      return Step::kError;
    }
    if (p < end_) {
      int n = line_break(p);
      if (n == 0) return Step::kNeedMore;
      if (n < 0) {
        Fail(line, static_cast<int64_t>(p) - line_start + 1, "carriage return without a line feed; expected CRLF or LF line ends");
        return Step::kError;
      }
      p += static_cast<size_t>(n);
      ++line;
      line_start = static_cast<int64_t>(p);
    }
    break;
  }

  if (expected_fields_ != 0 && spans_.size() != expected_fields_) {
    const Span& at = spans_.size() > expected_fields_ ? spans_[expected_fields_] : spans_.back();
    int64_t column = spans_.size() > expected_fields_ ? at.column : at.column + static_cast<int64_t>(at.length);
    Fail(at.line, column,
         fmt::format("record has {} fields; expected {} as in the header", spans_.size(), expected_fields_));
    return Step::kError;
  }

  record->fields_.resize(spans_.size());
  for (size_t i = 0; i < spans_.size(); ++i) {
    const Span& s = spans_[i];
    CsvField& f = record->fields_[i];
    f.text = s.scratch >= 0 ? std::string_view(scratch_[static_cast<size_t>(s.scratch)])
                            : std::string_view(b + s.begin, s.length);
    f.quoted = s.quoted;
    f.line = s.line;
    f.column = s.column;
  }
  record->line_ = record_line;
  pos_ = p;
  line_ = line;
  line_start_ = line_start;
  return Step::kRecord;
}

}  // namespace entente
