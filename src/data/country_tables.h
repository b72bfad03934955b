// The rows the country registry is built from: the codelist's columns it
// uses, read with located errors, and the alias table's [identity] runs.
// Only country_registry.cc includes this header.
#ifndef ENTENTE_DATA_COUNTRY_TABLES_H_
#define ENTENTE_DATA_COUNTRY_TABLES_H_

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/country.h"
#include "core/status.h"

namespace entente {

// One row of the codelist, as the registry uses it.
struct CodelistRow {
  int ccode = 0;  // `cown`; 0 when empty (a territory)
  std::string cowc, iso2, iso3, gwc, name, regex;  // gwc: Gleditsch-Ward letters; name: country.name.en
  int m49 = 0, gw = 0;                             // `un` and `gwn`; 0 when empty
  std::vector<std::string> english, other_languages;  // the other name columns, empty fields kept
};

// One run of the alias table's [identity]: what it gives; the rest comes from
// the codelist.
struct IdentitySpec {
  int ccode = 0;
  // The run's years; `to` left out is kOpenYear.
  int from = 0;
  int to = kOpenYear;
  std::optional<std::string> name, cow, iso3, iso2, gwc, codelist;
  std::optional<int> m49, gw;
  toml::source_region where;
};

// Reads every row of countries/codelist.csv. Returns a data error naming
// source, line and column for a malformed row or a missing column (the
// columns of other languages are optional).
Status ReadCodelist(std::istream& in, const std::string& source, std::vector<CodelistRow>* rows);

// Reads the alias table's [identity] section (`ccode = [ { from, to, name,
// ... }, ... ]`), in file order. Returns a data error naming `source`, line
// and column for a malformed entry or an unknown field.
Status ReadIdentitySpecs(const toml::table& aliases, std::string_view source, std::vector<IdentitySpec>* specs);

}  // namespace entente

#endif  // ENTENTE_DATA_COUNTRY_TABLES_H_
