// Strict typed reads of CSV fields, with errors naming line and column.
#include "data/field_parse.h"

#include <fmt/format.h>

#include "core/text.h"

namespace entente {
namespace {

constexpr std::string_view kMissingCow = "-9";
constexpr std::string_view kMissingR = "NA";

bool IsMissing(const CsvField& f) {
  return f.text.empty() || f.text == kMissingCow || (!f.quoted && f.text == kMissingR);
}

}  // namespace

Result<std::vector<size_t>> StartAndFindColumns(CsvReader& reader, std::initializer_list<std::string_view> names) {
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  std::vector<size_t> cols;
  for (std::string_view name : names) {
    Result<size_t> c = reader.ColumnIndex(name);
    if (!c.ok()) return c.status();
    cols.push_back(*c);
  }
  return cols;
}

Status ReadInt(const CsvReader& r, const CsvRecord& rec, size_t col, int lo, int hi, int* out) {
  if (!ParseInt(rec.text(col), out) || *out < lo || *out > hi) {
    return r.FieldError(rec, col, fmt::format("a whole number from {} to {}", lo, hi));
  }
  return Status::Ok();
}

Status ReadFlag(const CsvReader& r, const CsvRecord& rec, size_t col, bool* out) {
  std::string_view t = rec.text(col);
  if (t != "0" && t != "1") return r.FieldError(rec, col, "0 or 1");
  *out = t == "1";
  return Status::Ok();
}

Status ReadOptInt(const CsvReader& r, const CsvRecord& rec, size_t col, int lo, int hi, std::optional<int>* out) {
  if (IsMissing(rec[col])) {
    out->reset();
    return Status::Ok();
  }
  int v = 0;
  if (!ParseInt(rec.text(col), &v) || v < lo || v > hi) {
    return r.FieldError(rec, col, fmt::format("a whole number from {} to {}, or -9 or NA for missing", lo, hi));
  }
  *out = v;
  return Status::Ok();
}

Status ReadOptNonNegative(const CsvReader& r, const CsvRecord& rec, size_t col, std::optional<double>* out) {
  if (IsMissing(rec[col])) {
    out->reset();
    return Status::Ok();
  }
  double v = 0;
  if (!ParseDouble(rec.text(col), &v) || v < 0) {
    return r.FieldError(rec, col, "a number of 0 or more, or -9 for missing");
  }
  *out = v;
  return Status::Ok();
}

Status ReadIsoDate(const CsvReader& r, const CsvRecord& rec, size_t col, CalendarDate* out) {
  std::optional<CalendarDate> d = CalendarDate::ParseIso(rec.text(col));
  if (!d) return r.FieldError(rec, col, "a date written YYYY-MM-DD");
  *out = *d;
  return Status::Ok();
}

Status ReadOptIsoDate(const CsvReader& r, const CsvRecord& rec, size_t col, std::optional<CalendarDate>* out) {
  if (rec.text(col).empty()) {
    out->reset();
    return Status::Ok();
  }
  std::optional<CalendarDate> d = CalendarDate::ParseIso(rec.text(col));
  if (!d) return r.FieldError(rec, col, "a date written YYYY-MM-DD, or an empty field");
  *out = d;
  return Status::Ok();
}

Status ReadText(const CsvReader& r, const CsvRecord& rec, size_t col, std::string* out) {
  if (rec.text(col).empty()) return r.FieldError(rec, col, "some text");
  out->assign(rec.text(col));
  return Status::Ok();
}

std::string OptText(const CsvRecord& rec, size_t col) {
  const CsvField& f = rec[col];
  if (!f.quoted && f.text == kMissingR) return "";
  return std::string(f.text);
}

Status OpenForReading(const std::filesystem::path& path, std::ifstream* in) {
  in->open(path, std::ios::binary);
  if (!*in) return Status::IoError(fmt::format("cannot open {}", path.string()));
  return Status::Ok();
}

}  // namespace entente
