// Reading and validating the reactor list.
#include "data/nuclear_plants.h"

#include <algorithm>

#include <fmt/format.h>

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {

constexpr int kMaxId = 1000000;

}  // namespace

const std::vector<std::string>& ReactorStatuses() {
  static const std::vector<std::string> kStatuses = {
      "Operational",          "Under Construction",     "Planned",
      "Suspended Operation",  "Suspended Construction", "Shutdown",
      "Decommissioning Completed", "Cancelled Construction", "Never Commissioned",
      "Unknown"};
  return kStatuses;
}

Result<std::vector<Reactor>> LoadNuclearPlants(std::istream& in, const std::string& source,
                                               const CountryRegistry& registry) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"Id", "Name", "CountryCode", "Status", "ReactorType", "ReactorModel",
                                           "ConstructionStartAt", "OperationalFrom", "OperationalTo", "Capacity",
                                           "IAEAId"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  const auto& statuses = ReactorStatuses();
  std::vector<Reactor> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    Reactor r;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxId, &r.id));
    ENTENTE_RETURN_IF_ERROR(ReadText(reader, rec, c[1], &r.name));
    const Country* country = registry.FindIso2(rec.text(c[2]));
    if (country == nullptr) return reader.FieldError(rec, c[2], "an ISO 3166 alpha-2 code of a state with a COW code");
    r.ccode = country->ccode;
    r.status = std::string(rec.text(c[3]));
    if (std::find(statuses.begin(), statuses.end(), r.status) == statuses.end()) {
      return reader.FieldError(rec, c[3], fmt::format("one of: {}", fmt::join(statuses, ", ")));
    }
    r.type = std::string(rec.text(c[4]));
    r.model = std::string(rec.text(c[5]));
    ENTENTE_RETURN_IF_ERROR(ReadOptIsoDate(reader, rec, c[6], &r.construction_start));
    ENTENTE_RETURN_IF_ERROR(ReadOptIsoDate(reader, rec, c[7], &r.operational_from));
    ENTENTE_RETURN_IF_ERROR(ReadOptIsoDate(reader, rec, c[8], &r.operational_to));
    ENTENTE_RETURN_IF_ERROR(ReadOptNonNegative(reader, rec, c[9], &r.capacity_mwe));
    ENTENTE_RETURN_IF_ERROR(ReadOptInt(reader, rec, c[10], 1, kMaxId, &r.iaea_id));
    rows.push_back(std::move(r));
  }
  return rows;
}

Result<std::vector<Reactor>> LoadNuclearPlants(const std::filesystem::path& path, const CountryRegistry& registry) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadNuclearPlants(in, path.string(), registry);
}

}  // namespace entente
