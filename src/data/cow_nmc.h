// Loader of the Correlates of War National Material Capabilities, v6.0.
//
// Dataset: cow/NMC-60-abridged.csv (id cow_nmc), one row per state-year,
// 1816-2016. Publisher: Correlates of War Project, version 6.0 (2021),
// https://correlatesofwar.org/data-sets/national-material-capabilities/.
// Citation: Singer, Bremer and Stuckey (1972), "Capability Distribution,
// Uncertainty, and Major Power War, 1820-1965"; Greig and Enterline (2021).
// Columns used: ccode, year, and the six components with CINC:
//   milex  military expenditure, thousands of current US dollars (thousands
//          of British pounds before 1914);
//   milper military personnel, thousands;
//   irst   iron and steel production, thousands of tons;
//   pec    primary energy consumption, thousands of coal-ton equivalents;
//   tpop   total population, thousands;
//   upop   urban population (cities over 100,000), thousands;
//   cinc   Composite Index of National Capability: the mean of the state's
//          shares of the system total of each component, in [0, 1].
// Quirks: -9 means missing (as peacesciencer's data-raw/cow_nmc.R recodes
// it) and becomes nullopt, never a number; tpop and upop carry decimals;
// `stateabb` and `version` are not used. A duplicate state-year is an error.
#ifndef ENTENTE_DATA_COW_NMC_H_
#define ENTENTE_DATA_COW_NMC_H_

#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/status.h"

namespace entente {

struct NmcRecord {
  CowCode ccode;
  int year = 0;
  std::optional<double> milex, milper, irst, pec, tpop, upop, cinc;
};

struct NmcTable {
  std::vector<NmcRecord> rows;  // sorted by ccode, then year
  // The record of `ccode` in `year`, or null when the state has none.
  const NmcRecord* Find(CowCode ccode, int year) const;
};

// Reads the whole table; a data error names file:line:column on any bad field
// or duplicate state-year.
Result<NmcTable> LoadCowNmc(std::istream& in, const std::string& source);
Result<NmcTable> LoadCowNmc(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_COW_NMC_H_
