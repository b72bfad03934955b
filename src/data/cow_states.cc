// Reading and validating the COW state system membership spells.
#include "data/cow_states.h"

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

// Three columns of one date; the day is checked against its month.
Status ReadSpellDate(const CsvReader& r, const CsvRecord& rec, size_t y, size_t m, size_t d, CalendarDate* out) {
  ENTENTE_RETURN_IF_ERROR(ReadInt(r, rec, y, kMinCowYear, kMaxDataYear, &out->year));
  ENTENTE_RETURN_IF_ERROR(ReadInt(r, rec, m, 1, 12, &out->month));
  ENTENTE_RETURN_IF_ERROR(ReadInt(r, rec, d, 1, 31, &out->day));
  if (!CalendarDate::ParseIso(out->ToIso())) return r.FieldError(rec, d, "a day that exists in its month");
  return Status::Ok();
}

}  // namespace

Result<std::vector<MembershipSpell>> LoadCowStates(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<MembershipSpell> out;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    MembershipSpell s;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxCowCode, &s.ccode.value));
    ENTENTE_RETURN_IF_ERROR(ReadSpellDate(reader, rec, c[1], c[2], c[3], &s.start));
    ENTENTE_RETURN_IF_ERROR(ReadSpellDate(reader, rec, c[4], c[5], c[6], &s.end));
    if (s.end < s.start) {
      return reader.FieldError(rec, c[4], fmt::format("an end on or after the start, {}", s.start.ToIso()));
    }
    out.push_back(s);
  }
  return out;
}

Result<std::vector<MembershipSpell>> LoadCowStates(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadCowStates(in, path.string());
}

}  // namespace entente
