// Reading and validating COW NMC v6.0.
#include "data/cow_nmc.h"

#include <algorithm>

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr int kMinCcode = 1;

bool KeyLess(const NmcRecord& a, const NmcRecord& b) {
  return a.ccode != b.ccode ? a.ccode < b.ccode : a.year < b.year;
}

}  // namespace

const NmcRecord* NmcTable::Find(CowCode ccode, int year) const {
  NmcRecord key;
  key.ccode = ccode;
  key.year = year;
  auto it = std::lower_bound(rows.begin(), rows.end(), key, KeyLess);
  if (it == rows.end() || it->ccode != ccode || it->year != year) return nullptr;
  return &*it;
}

Result<NmcTable> LoadCowNmc(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  NmcTable table;
  std::vector<int64_t> lines;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    NmcRecord r;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], kMinCcode, kMaxCowCode, &r.ccode.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[1], kMinCowYear, kMaxDataYear, &r.year));
    std::optional<double>* values[] = {&r.milex, &r.milper, &r.irst, &r.pec, &r.tpop, &r.upop, &r.cinc};
    for (size_t i = 0; i < 7; ++i) ENTENTE_RETURN_IF_ERROR(ReadOptNonNegative(reader, rec, c[2 + i], values[i]));
    if (r.cinc && *r.cinc > 1) return reader.FieldError(rec, c[8], "a share from 0 to 1, or -9 for missing");
    table.rows.push_back(r);
    lines.push_back(rec.line());
  }
  std::vector<size_t> order(table.rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return KeyLess(table.rows[a], table.rows[b]); });
  std::vector<NmcRecord> sorted;
  sorted.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const NmcRecord& r = table.rows[order[i]];
    if (i > 0 && !KeyLess(sorted.back(), r)) {
      size_t first = order[i - 1], second = order[i];
      if (lines[first] > lines[second]) std::swap(first, second);
      return Status::DataError(fmt::format("{}:{}:1: duplicate state-year: ccode {} in {} is also on line {}; "
                                           "expected one row per state and year",
                                           source, lines[second], r.ccode.value, r.year, lines[first]));
    }
    sorted.push_back(r);
  }
  table.rows = std::move(sorted);
  return table;
}

Result<NmcTable> LoadCowNmc(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadCowNmc(in, path.string());
}

}  // namespace entente
