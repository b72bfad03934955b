// CountryRegistry: every way a state is named, resolved to its COW code.
//
// Built from countries/codelist.csv (countrycode's crosswalk: COW, ISO and
// names), cow/cow_states.csv (state-system membership) and the project's own
// alias table (src/data/country_aliases.toml). Users may type a COW code, COW
// letters, ISO2, ISO3 or a name, in any case; loaders resolve their datasets'
// own identifiers through the same registry. Territories without a COW code
// (codelist rows with no `cown`) and the alias table's non-state actors resolve
// to named entities without a ccode, as do SIPRI's names marked '*' or '**'.
#ifndef ENTENTE_DATA_COUNTRY_REGISTRY_H_
#define ENTENTE_DATA_COUNTRY_REGISTRY_H_

#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/country.h"
#include "core/status.h"
#include "model/actor.h"

namespace entente {

class CountryRegistry {
 public:
  // Builds the registry. Returns a data error naming file, line and column on
  // malformed input.
  static Result<CountryRegistry> Build(std::istream& codelist, const std::string& codelist_source,
                                       std::istream& cow_states, const std::string& states_source,
                                       std::string_view aliases_toml);
  // Reads countries/codelist.csv and cow/cow_states.csv under `data_dir`.
  static Result<CountryRegistry> Load(const std::filesystem::path& data_dir);

  // All states, ordered by COW code.
  const std::vector<Country>& countries() const { return countries_; }
  // The state with this code, or null.
  const Country* Find(CowCode code) const;
  // The state with this ISO alpha-2 code (upper case), or null.
  const Country* FindIso2(std::string_view iso2) const;

  // Resolves a name as a dataset spells it: exact after normalisation, or a
  // SIPRI '*'/'**' actor. Returns nullopt for a name it does not know; the
  // loader turns that into a data error with the file's line and column.
  std::optional<Actor> MatchActor(std::string_view name) const;

  // Resolves what a user typed: a COW code, COW letters, ISO2, ISO3 or a name
  // (case-insensitive), falling back to codelist's name patterns. Returns the
  // state, or a usage error that lists the candidates when the query is
  // ambiguous and suggests the closest names when it is unknown.
  Result<const Country*> Resolve(std::string_view query) const;
  // Every state the query could mean (empty when unknown).
  std::vector<const Country*> Candidates(std::string_view query) const;
  // Up to `limit` names closest to an unknown query, as "Name (ISO3, ccode)".
  std::vector<std::string> Suggest(std::string_view query, size_t limit = 3) const;

 private:
  Country* FindMutable(int ccode);
  void AddName(std::string_view name, int ccode);

  std::vector<Country> countries_;
  std::map<int, size_t> by_ccode_;
  std::map<std::string, int, std::less<>> by_iso2_;
  std::map<std::string, int, std::less<>> by_iso3_;
  std::map<std::string, int, std::less<>> by_cow_letters_;
  // Normalised name -> COW codes it names (0 stands for a non-state entity).
  std::map<std::string, std::vector<int>, std::less<>> by_name_;
  std::map<std::string, std::string, std::less<>> entity_names_;  // normalised -> display
  std::vector<std::pair<std::string, int>> patterns_;  // codelist regexes -> ccode
  // The patterns compiled once, on the first query that needs them (most
  // queries are codes or exact names and never do).
  struct CompiledPatterns;
  const CompiledPatterns& Compiled() const;
  std::shared_ptr<CompiledPatterns> compiled_;
};

}  // namespace entente

#endif  // ENTENTE_DATA_COUNTRY_REGISTRY_H_
