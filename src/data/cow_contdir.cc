// Reading and validating COW direct contiguity spells.
#include "data/cow_contdir.h"

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr int kMaxContType = 5;

}  // namespace

const char* ContiguityLabel(int conttype) {
  switch (conttype) {
    case 0: return "not contiguous (no COW contiguity record)";
    case 1: return "land or river border";
    case 2: return "up to 12 miles of water";
    case 3: return "up to 24 miles of water";
    case 4: return "up to 150 miles of water";
    case 5: return "up to 400 miles of water";
    default: return "";
  }
}

Result<std::vector<ContiguitySpell>> LoadCowContdir(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"ccode1", "ccode2", "conttype", "stdate", "enddate"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<ContiguitySpell> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    ContiguitySpell s;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxCowCode, &s.ccode1.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[1], 1, kMaxCowCode, &s.ccode2.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[2], 0, kMaxContType, &s.conttype));
    ENTENTE_RETURN_IF_ERROR(ReadIsoDate(reader, rec, c[3], &s.start));
    ENTENTE_RETURN_IF_ERROR(ReadIsoDate(reader, rec, c[4], &s.end));
    if (s.end < s.start) {
      return reader.FieldError(rec, c[4], fmt::format("a date on or after stdate ({})", s.start.ToIso()));
    }
    rows.push_back(s);
  }
  return rows;
}

Result<std::vector<ContiguitySpell>> LoadCowContdir(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadCowContdir(in, path.string());
}

}  // namespace entente
