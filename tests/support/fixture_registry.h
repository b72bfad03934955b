// A small country registry built from inline text, for tests of loaders and
// queries that must not depend on the data bundle: a few states with their
// COW codes and ISO codes, and the non-state names "unknown supplier(s)" and
// "unknown recipient(s)".
#ifndef ENTENTE_TESTS_SUPPORT_FIXTURE_REGISTRY_H_
#define ENTENTE_TESTS_SUPPORT_FIXTURE_REGISTRY_H_

#include <sstream>

#include "data/country_registry.h"

namespace entente::testing {

inline CountryRegistry FixtureRegistry() {
  std::istringstream codelist(
      "cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,un.name.en,p4.name,vdem.name\n"
      "2,USA,US,USA,United States,united.?states,United States of America,,,,\n"
      "220,FRN,FR,FRA,France,france,France,,,,\n"
      "365,RUS,RU,RUS,Russia,russia,Russia,,,,\n"
      "640,TUR,TR,TUR,Turkey,turkey,Turkey,Turkiye,,,\n"
      "710,CHN,CN,CHN,China,china,China,,,,\n"
      "750,IND,IN,IND,India,india,India,,,,\n"
      "770,PAK,PK,PAK,Pakistan,pakistan,Pakistan,,,,\n"
      "790,NEP,NP,NPL,Nepal,nepal,Nepal,,,,\n");
  std::istringstream states(
      "stateabb,ccode,statenme,styear,endyear\n"
      "USA,2,United States of America,1816,2016\n"
      "FRN,220,France,1816,2016\n"
      "RUS,365,Russia,1816,2016\n"
      "TUR,640,Turkey,1816,2016\n"
      "CHN,710,China,1860,2016\n"
      "IND,750,India,1947,2016\n"
      "PAK,770,Pakistan,1947,2016\n"
      "NEP,790,Nepal,1920,2016\n");
  Result<CountryRegistry> reg = CountryRegistry::Build(
      codelist, "codelist.csv", states, "cow_states.csv",
      "[non_state]\nnames = [\"unknown supplier(s)\", \"unknown recipient(s)\"]\n");
  return std::move(reg.value());
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_SUPPORT_FIXTURE_REGISTRY_H_
