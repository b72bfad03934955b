// Reading and validating COW IGO non-directed dyad-years.
#include "data/cow_igo.h"

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr int kMaxShared = 10000;

}  // namespace

Result<std::vector<IgoDyadYear>> LoadCowIgo(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"ccode1", "ccode2", "year", "dyadigos"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<IgoDyadYear> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    IgoDyadYear r;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxCowCode, &r.ccode1.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[1], 1, kMaxCowCode, &r.ccode2.value));
    if (r.ccode2 <= r.ccode1) {
      return reader.FieldError(rec, c[1], fmt::format("a code above ccode1 ({}), as in a non-directed file",
                                                      r.ccode1.value));
    }
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[2], kMinCowYear, kMaxDataYear, &r.year));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[3], 0, kMaxShared, &r.shared));
    rows.push_back(r);
  }
  return rows;
}

Result<std::vector<IgoDyadYear>> LoadCowIgo(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadCowIgo(in, path.string());
}

}  // namespace entente
