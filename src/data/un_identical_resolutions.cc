// Parsing the identical-resolution pairs.
#include "data/un_identical_resolutions.h"

#include <fstream>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {

Result<std::vector<IdenticalResolutionPair>> LoadUnIdenticalResolutions(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  size_t col[3];
  const char* names[] = {"v1", "rcid1", "rcid2"};
  for (size_t i = 0; i < 3; ++i) {
    Result<size_t> c = reader.ColumnIndex(names[i]);
    if (!c.ok()) return c.status();
    col[i] = *c;
  }
  std::vector<IdenticalResolutionPair> out;
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    long long v[3] = {0, 0, 0};
    for (size_t i = 0; i < 3; ++i) {
      if (!ParseInt64(rec.text(col[i]), &v[i]) || v[i] <= 0) {
        return reader.FieldError(rec, col[i], i == 0 ? "a positive row number" : "a positive roll-call id");
      }
    }
    if (v[1] == v[2]) return reader.FieldError(rec, col[2], "a roll call other than rcid1");
    out.push_back(IdenticalResolutionPair{v[1], v[2]});
  }
  return out;
}

Result<std::vector<IdenticalResolutionPair>> LoadUnIdenticalResolutions(const std::filesystem::path& path,
                                                                        const std::string& source) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path.string());
  return LoadUnIdenticalResolutions(in, source);
}

}  // namespace entente
