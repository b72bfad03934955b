// Loader of the GeoNuclearData list of nuclear power reactors.
//
// Dataset: nuclear/nuclear_power_plants.csv (id nuclear_plants), one row per
// reactor. Publisher: GeoNuclearData (Open Database License), compiled from
// IAEA PRIS and the World Nuclear Association,
// https://github.com/cristianst85/GeoNuclearData.
// Columns used: Id, Name, CountryCode (ISO 3166 alpha-2, resolved to a COW
// code through the country registry), Status, ReactorType, ReactorModel,
// ConstructionStartAt, OperationalFrom, OperationalTo (YYYY-MM-DD, empty when
// not reached), Capacity (design net capacity, MWe; empty when unknown),
// IAEAId.
// Quirks: Status is one of ten words (Operational, Under Construction,
// Planned, Shutdown, ...); a model may be empty; a capacity of "" is missing,
// never 0. Coordinates and the Source column are not read.
#ifndef ENTENTE_DATA_NUCLEAR_PLANTS_H_
#define ENTENTE_DATA_NUCLEAR_PLANTS_H_

#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/country.h"
#include "core/status.h"
#include "data/country_registry.h"

namespace entente {

struct Reactor {
  int id = 0;
  std::string name;
  CowCode ccode;
  std::string status;
  std::string type;
  std::string model;
  std::optional<CalendarDate> construction_start;
  std::optional<CalendarDate> operational_from;
  std::optional<CalendarDate> operational_to;
  std::optional<double> capacity_mwe;
  std::optional<int> iaea_id;
};

// The statuses the file uses, in the order totals list them.
const std::vector<std::string>& ReactorStatuses();

// Reads every reactor (file order); a data error names file:line:column, e.g.
// for an ISO2 code without a COW code or an unknown status.
Result<std::vector<Reactor>> LoadNuclearPlants(std::istream& in, const std::string& source,
                                               const CountryRegistry& registry);
Result<std::vector<Reactor>> LoadNuclearPlants(const std::filesystem::path& path, const CountryRegistry& registry);

}  // namespace entente

#endif  // ENTENTE_DATA_NUCLEAR_PLANTS_H_
