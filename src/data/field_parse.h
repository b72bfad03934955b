// Strict field readers shared by the dataset loaders. Each reads one field of
// a CSV record into a typed value, or returns the CsvReader::FieldError that
// names file:line:column, the column, the bad text and what was expected.
// Missing-value sentinels (COW's -9, R's NA, an empty field) become nullopt
// only in the Opt* readers, so a loader states per column whether a value may
// be missing.
#ifndef ENTENTE_DATA_FIELD_PARSE_H_
#define ENTENTE_DATA_FIELD_PARSE_H_

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"
#include "core/status.h"
#include "data/csv_reader.h"

namespace entente {

// Bounds of the fields the COW-keyed loaders check: a COW state code, and the
// years of the state system's datasets.
inline constexpr int kMaxCowCode = 999;
inline constexpr int kMinCowYear = 1800;
inline constexpr int kMaxDataYear = 2100;

// Starts `reader` and looks up each named column; a data error names the
// first missing one.
Result<std::vector<size_t>> StartAndFindColumns(CsvReader& reader, std::initializer_list<std::string_view> names);

// A whole number in [lo, hi].
Status ReadInt(const CsvReader& r, const CsvRecord& rec, size_t col, int lo, int hi, int* out);
// 0 or 1.
Status ReadFlag(const CsvReader& r, const CsvRecord& rec, size_t col, bool* out);
// A whole number in [lo, hi], or nullopt for -9, NA or an empty field.
Status ReadOptInt(const CsvReader& r, const CsvRecord& rec, size_t col, int lo, int hi, std::optional<int>* out);
// A finite number >= 0, or nullopt for -9, NA or an empty field.
Status ReadOptNonNegative(const CsvReader& r, const CsvRecord& rec, size_t col, std::optional<double>* out);
// A date written YYYY-MM-DD.
Status ReadIsoDate(const CsvReader& r, const CsvRecord& rec, size_t col, CalendarDate* out);
// A date written YYYY-MM-DD, or nullopt for an empty field.
Status ReadOptIsoDate(const CsvReader& r, const CsvRecord& rec, size_t col, std::optional<CalendarDate>* out);
// Non-empty text.
Status ReadText(const CsvReader& r, const CsvRecord& rec, size_t col, std::string* out);
// Text; an empty field or an unquoted NA becomes "".
std::string OptText(const CsvRecord& rec, size_t col);

// Opens a dataset file for a loader's path overload; an I/O error names it.
Status OpenForReading(const std::filesystem::path& path, std::ifstream* in);

}  // namespace entente

#endif  // ENTENTE_DATA_FIELD_PARSE_H_
