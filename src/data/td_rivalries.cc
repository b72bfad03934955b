// Reading and validating the Thompson and Dreyer rivalries.
#include "data/td_rivalries.h"

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr int kMinRivalryYear = 1400;  // rivalries reach back to 1494
constexpr std::string_view kTypes[] = {"spatial", "positional", "ideological", "interventionary"};

bool KnownType(std::string_view t) {
  for (std::string_view k : kTypes) {
    if (t == k) return true;
  }
  return false;
}

}  // namespace

Result<std::vector<Rivalry>> LoadTdRivalries(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"rivalryno", "rivalryname", "ccode1", "ccode2", "styear", "endyear",
                                           "region", "type1", "type2", "type3"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<Rivalry> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    Rivalry r;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, 100000, &r.number));
    ENTENTE_RETURN_IF_ERROR(ReadText(reader, rec, c[1], &r.name));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[2], 1, kMaxCowCode, &r.ccode1.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[3], 1, kMaxCowCode, &r.ccode2.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[4], kMinRivalryYear, kMaxDataYear, &r.start_year));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[5], kMinRivalryYear, kMaxDataYear, &r.end_year));
    if (r.end_year < r.start_year) {
      return reader.FieldError(rec, c[5], fmt::format("a year on or after styear ({})", r.start_year));
    }
    r.region = OptText(rec, c[6]);
    for (size_t i = 7; i < 10; ++i) {
      std::string t = OptText(rec, c[i]);
      if (t.empty()) continue;
      if (!KnownType(t)) return reader.FieldError(rec, c[i], "spatial, positional, ideological, interventionary or NA");
      r.types.push_back(std::move(t));
    }
    if (r.types.empty()) return reader.FieldError(rec, c[7], "the rivalry's main type (spatial, positional, ...)");
    rows.push_back(std::move(r));
  }
  return rows;
}

Result<std::vector<Rivalry>> LoadTdRivalries(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadTdRivalries(in, path.string());
}

}  // namespace entente
