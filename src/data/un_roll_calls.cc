// Parsing the roll-call table.
#include "data/un_roll_calls.h"

#include <unordered_set>

#include <fmt/format.h>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {
namespace {

// 0/1, or an unquoted NA for unknown.
bool ParseFlag(const CsvField& f, std::optional<bool>* out) {
  if (f.text == "NA" && !f.quoted) {
    *out = std::nullopt;
    return true;
  }
  if (f.text == "0" || f.text == "1") {
    *out = f.text == "1";
    return true;
  }
  return false;
}

}  // namespace

Result<std::vector<RollCall>> LoadUnRollCalls(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  const char* names[] = {"rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"};
  size_t col[std::size(names)];
  for (size_t i = 0; i < std::size(names); ++i) {
    Result<size_t> c = reader.ColumnIndex(names[i]);
    if (!c.ok()) return c.status();
    col[i] = *c;
  }
  std::vector<RollCall> out;
  std::unordered_set<int64_t> seen;
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    RollCall rc;
    long long rcid = 0;
    if (!ParseInt64(rec.text(col[0]), &rcid) || rcid <= 0) return reader.FieldError(rec, col[0], "a positive roll-call id");
    rc.rcid = rcid;
    if (!seen.insert(rc.rcid).second) return reader.FieldError(rec, col[0], "an rcid not used by an earlier row");
    if (!ParseInt(rec.text(col[1]), &rc.session) || rc.session <= 0) {
      return reader.FieldError(rec, col[1], "a session number");
    }
    if (!ParseFlag(rec[col[2]], &rc.important)) return reader.FieldError(rec, col[2], "0, 1 or NA");
    std::optional<CalendarDate> date = CalendarDate::ParseIso(rec.text(col[3]));
    if (!date) {
      return reader.FieldError(rec, col[3], "a date YYYY-MM-DD");
    }
    rc.date = *date;
    rc.unres = rec.text(col[4]);
    if (!ParseFlag(rec[col[5]], &rc.amendment)) return reader.FieldError(rec, col[5], "0, 1 or NA");
    if (!ParseFlag(rec[col[6]], &rc.paragraph)) return reader.FieldError(rec, col[6], "0, 1 or NA");
    rc.short_title = rec.text(col[7]);
    out.push_back(std::move(rc));
  }
  return out;
}

}  // namespace entente
