// Reading and validating COW MID directed dispute-dyad-years.
#include "data/cow_mid.h"

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr int kMaxDispnum = 1000000;
constexpr int kMaxHiact = 23;

}  // namespace

const char* HostilityLabel(int hostlev) {
  switch (hostlev) {
    case 1: return "no militarised action";
    case 2: return "threat to use force";
    case 3: return "display of force";
    case 4: return "use of force";
    case 5: return "war";
    default: return "";
  }
}

const char* FatalityLabel(int fatality) {
  switch (fatality) {
    case 0: return "none";
    case 1: return "1-25 deaths";
    case 2: return "26-100 deaths";
    case 3: return "101-250 deaths";
    case 4: return "251-500 deaths";
    case 5: return "501-999 deaths";
    case 6: return "1000 or more deaths";
    default: return "";
  }
}

Result<std::vector<MidDyadYear>> LoadCowMid(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"dispnum", "ccode1", "ccode2", "year", "cowmidonset", "sidea1", "sidea2",
                                           "orig1", "orig2", "hostlev1", "hostlev2", "hiact1", "hiact2", "hostlev",
                                           "fatality"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<MidDyadYear> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    MidDyadYear r;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxDispnum, &r.dispnum));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[1], 1, kMaxCowCode, &r.ccode1.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[2], 1, kMaxCowCode, &r.ccode2.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[3], kMinCowYear, kMaxDataYear, &r.year));
    ENTENTE_RETURN_IF_ERROR(ReadFlag(reader, rec, c[4], &r.onset));
    ENTENTE_RETURN_IF_ERROR(ReadFlag(reader, rec, c[5], &r.side_a1));
    ENTENTE_RETURN_IF_ERROR(ReadFlag(reader, rec, c[6], &r.side_a2));
    ENTENTE_RETURN_IF_ERROR(ReadFlag(reader, rec, c[7], &r.orig1));
    ENTENTE_RETURN_IF_ERROR(ReadFlag(reader, rec, c[8], &r.orig2));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[9], 1, 5, &r.hostlev1));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[10], 1, 5, &r.hostlev2));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[11], 0, kMaxHiact, &r.hiact1));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[12], 0, kMaxHiact, &r.hiact2));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[13], 1, 5, &r.hostlev));
    ENTENTE_RETURN_IF_ERROR(ReadOptInt(reader, rec, c[14], 0, 6, &r.fatality));
    rows.push_back(r);
  }
  return rows;
}

Result<std::vector<MidDyadYear>> LoadCowMid(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadCowMid(in, path.string());
}

}  // namespace entente
