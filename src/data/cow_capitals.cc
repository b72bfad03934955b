// Reading and validating the capitals list.
#include "data/cow_capitals.h"

#include <cmath>

#include <fmt/format.h>

#include "core/text.h"
#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr double kMaxLatitude = 90;
constexpr double kMaxLongitude = 180;

// A number in [-limit, limit] degrees.
Status ReadDegrees(const CsvReader& r, const CsvRecord& rec, size_t col, double limit, double* out) {
  if (!ParseDouble(rec.text(col), out) || !std::isfinite(*out) || std::fabs(*out) > limit) {
    return r.FieldError(rec, col, fmt::format("decimal degrees from -{0} to {0}", limit));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<CapitalSpell>> LoadCowCapitals(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"ccode", "capital", "stdate", "enddate", "lat", "lng"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<CapitalSpell> out;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    CapitalSpell s;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxCowCode, &s.ccode.value));
    ENTENTE_RETURN_IF_ERROR(ReadText(reader, rec, c[1], &s.capital));
    ENTENTE_RETURN_IF_ERROR(ReadIsoDate(reader, rec, c[2], &s.start));
    ENTENTE_RETURN_IF_ERROR(ReadIsoDate(reader, rec, c[3], &s.end));
    if (s.end < s.start) {
      return reader.FieldError(rec, c[3], fmt::format("an end on or after the start, {}", s.start.ToIso()));
    }
    ENTENTE_RETURN_IF_ERROR(ReadDegrees(reader, rec, c[4], kMaxLatitude, &s.lat));
    ENTENTE_RETURN_IF_ERROR(ReadDegrees(reader, rec, c[5], kMaxLongitude, &s.lng));
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<CapitalSpell>> LoadCowCapitals(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadCowCapitals(in, path.string());
}

}  // namespace entente
