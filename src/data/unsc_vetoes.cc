// Reading and validating the Security Council veto list.
#include "data/unsc_vetoes.h"

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr CowCode kPeoplesRepublic{710};
constexpr CowCode kRepublicOfChina{713};
constexpr int kMinVetoYear = 1945;

}  // namespace

Result<std::vector<Veto>> LoadUnscVetoes(std::istream& in, const std::string& source,
                                         const CountryRegistry& registry) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"year", "date", "draft", "meeting_record", "agenda_item", "crisis_topic",
                                           "region", "member_veto1", "member_veto2", "member_veto3"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<Veto> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    Veto v;
    int year = 0;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], kMinVetoYear, kMaxDataYear, &year));
    std::optional<CalendarDate> date = CalendarDate::ParseMonthDayYear(rec.text(c[1]));
    if (!date) return reader.FieldError(rec, c[1], "a date written M/D/YYYY");
    if (date->year != year) return reader.FieldError(rec, c[1], fmt::format("a date in {}, the row's year", year));
    v.date = *date;
    ENTENTE_RETURN_IF_ERROR(ReadText(reader, rec, c[2], &v.draft));
    ENTENTE_RETURN_IF_ERROR(ReadText(reader, rec, c[3], &v.meeting_record));
    ENTENTE_RETURN_IF_ERROR(ReadText(reader, rec, c[4], &v.agenda_item));
    v.topic = OptText(rec, c[5]);
    v.region = OptText(rec, c[6]);
    for (size_t i = 7; i < 10; ++i) {
      std::string_view name = rec.text(c[i]);
      if (name.empty()) continue;
      std::optional<Actor> actor = registry.MatchActor(name);
      if (!actor || !actor->is_state()) {
        return reader.FieldError(rec, c[i], "a permanent member as the list names them (China, France, Russia, "
                                            "USSR, UK, USA)");
      }
      CowCode ccode = actor->country->ccode;
      if (ccode == kPeoplesRepublic && v.date < kChinaSeatChange) ccode = kRepublicOfChina;
      v.by.push_back(VetoCaster{std::string(name), ccode});
    }
    if (v.by.empty()) return reader.FieldError(rec, c[7], "the member that cast the veto");
    rows.push_back(std::move(v));
  }
  return rows;
}

Result<std::vector<Veto>> LoadUnscVetoes(const std::filesystem::path& path, const CountryRegistry& registry) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadUnscVetoes(in, path.string(), registry);
}

}  // namespace entente
