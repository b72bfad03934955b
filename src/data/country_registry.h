// CountryRegistry: every way a state is named, resolved to its COW code.
//
// Built from countries/codelist.csv (countrycode's crosswalk: COW, ISO and
// names), cow/cow_states.csv (state-system membership) and the project's own
// alias table (src/data/country_aliases.toml). Users may type a COW code, COW
// letters, ISO2, ISO3 (current or ISO 3166-3 former), a UN M49 or
// Gleditsch-Ward code (with a prefix: "m49:688", "gw:340"), an abbreviation
// or a name in any of the codelist's languages, in any case; loaders resolve
// their datasets' own identifiers through the same registry. Territories
// without a COW code (codelist rows with no `cown`) and the alias table's
// non-state actors resolve to named entities without a ccode, as do SIPRI's
// names marked '*' or '**'.
//
// Identity is time-aware: each state has its name and codes by period (the
// alias table's [identity] runs, else one run from the codelist), so that a
// query with a year means the state of that year ("KOR" in 1890 is COW's
// Korea, 730; in 2000 South Korea, 732) and IdentityIn() names a state as it
// was named in a year. The rules are in docs/DATASETS.md.
#ifndef ENTENTE_DATA_COUNTRY_REGISTRY_H_
#define ENTENTE_DATA_COUNTRY_REGISTRY_H_

#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/country.h"
#include "core/status.h"
#include "model/actor.h"

namespace entente {

// The identifier systems a query can be read in.
enum class CodeSystem {
  kAny,         // any of the below, codes first (see Lookup)
  kName,        // names, abbreviations and the codelist's name patterns
  kCowCode,     // COW numeric code
  kCowLetters,  // COW letters
  kIso2,        // ISO 3166-1 alpha-2 (and 3166-3 former codes)
  kIso3,        // ISO 3166-1 alpha-3 (and 3166-3 former codes)
  kM49,         // UN M49 numeric code
  kGwCode,      // Gleditsch-Ward numeric code
  kGwLetters,   // Gleditsch-Ward letters
};
// "auto", "name", "ccode", "cowc", "iso2", "iso3", "m49", "gwcode", "gwc".
std::optional<CodeSystem> ParseCodeSystem(std::string_view name);
std::string_view CodeSystemName(CodeSystem system);

// Queries longer than this are no name of any state; they are refused before
// any pattern runs (the longest name in the codelist is 111 bytes).
inline constexpr size_t kMaxCountryQueryBytes = 256;

// What a query names: the states it may mean (one when it is unambiguous), or
// else a place without a COW code.
struct CountryMatch {
  std::vector<const Country*> states;       // ordered by COW code
  const CountryIdentity* place = nullptr;   // set only when `states` is empty
};

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

  // The name and codes of state `code` in `year`: the identity whose years
  // hold it; in a year outside all of them (before the state, after it ended,
  // in a gap such as Germany's 1946-1989), the latest that began before the
  // year, else the first. Null for an unknown code. The pointer lives as long
  // as the registry.
  const CountryIdentity* IdentityIn(CowCode code, int year) const;

  // Resolves a name as a dataset spells it: exact after normalisation, or a
  // SIPRI '*'/'**' actor. Returns nullopt for a name it does not know; the
  // loader turns that into a data error with the file's line and column.
  std::optional<Actor> MatchActor(std::string_view name) const;

  // What a user's query may mean, read in `system` (kAny: a number is a COW
  // code; two letters ISO2; three letters ISO3, then COW letters, then GW
  // letters; else a name, then the codelist's name patterns; a prefix
  // "cow:", "iso:", "m49:", "un:" or "gw:" picks the system). With a year,
  // codes mean their holder in that year and names the states that existed
  // then; without one, a code means its present holder. Never throws; a query
  // longer than kMaxCountryQueryBytes matches nothing.
  CountryMatch Lookup(std::string_view query, std::optional<int> year = std::nullopt,
                      CodeSystem system = CodeSystem::kAny) const;
  // Resolves what a user typed to one state (see Lookup), or returns a usage
  // error that lists the candidates when the query is ambiguous, says so when
  // it names a place without a COW code, and suggests the closest names and
  // codes when it is unknown.
  Result<const Country*> Resolve(std::string_view query, std::optional<int> year = std::nullopt,
                                 CodeSystem system = CodeSystem::kAny) const;
  // The usage error Resolve gives for `match`, a Lookup of `query` that did
  // not find exactly one state.
  Status Explain(std::string_view query, std::optional<int> year, const CountryMatch& match) const;
  // Whether a year can change which state Lookup(query, year, system) finds:
  // false when the query means the same states in every year (most names and
  // codes; a state's name and codes may still differ by year).
  bool DependsOnYear(std::string_view query, CodeSystem system = CodeSystem::kAny) const;
  // Every state the query could mean (empty when unknown).
  std::vector<const Country*> Candidates(std::string_view query, std::optional<int> year = std::nullopt) const;
  // UN seats that passed to a state COW codes anew, as (seat, successor)
  // pairs from the alias table's [un_seats]: the UN record files the seat's
  // votes under the old state after the new one began (data/un_votes.h).
  const std::vector<std::pair<CowCode, CowCode>>& UnSeatSuccessions() const { return un_seats_; }
  // Up to `limit` states whose names, aliases or codes are closest to an
  // unknown query by edit distance, best first, as "Name (ISO3, ccode)".
  std::vector<std::string> Suggest(std::string_view query, size_t limit = 3) const;

 private:
  struct Hit {
    int ccode = 0;     // 0 for a place without a COW code
    int entity = -1;   // index into entities_ for such a place
  };
  // One holder of a code over a run of years.
  struct CodeClaim {
    Hit hit;
    int from_year = 0;
    int to_year = kOpenYear;
    bool current = false;  // the code the codelist gives its holder today
  };
  using CodeIndex = std::map<std::string, std::vector<CodeClaim>, std::less<>>;

  Country* FindMutable(int ccode);
  void AddName(std::string_view name, int ccode);
  void AddEntityName(std::string_view name, size_t entity, bool replace);
  void AddClaim(CodeSystem system, const std::string& code, CodeClaim claim);
  bool Exists(int ccode, int year) const;
  // `year_matters`, when not null, is set when different states hold the
  // code in different years.
  std::vector<Hit> LookupCodes(std::initializer_list<CodeSystem> systems, std::string_view code,
                               std::optional<int> year, bool* year_matters) const;
  std::vector<Hit> LookupHits(std::string_view query, std::optional<int> year, CodeSystem system,
                              bool* year_matters) const;
  std::vector<Hit> LookupNames(const std::string& query) const;
  std::vector<int> MatchPatterns(const std::string& query) const;
  CountryMatch ToMatch(const std::vector<Hit>& hits, std::optional<int> year) const;

  std::vector<Country> countries_;
  std::map<int, size_t> by_ccode_;
  std::map<std::string, int, std::less<>> by_iso2_;  // dataset ISO2 codes (FindIso2)
  std::map<std::string, int, std::less<>> by_cow_letters_;
  // Every code of every system -> who held it when.
  std::map<CodeSystem, CodeIndex> codes_;
  // Normalised name -> COW codes it names (0 stands for a non-state entity).
  std::map<std::string, std::vector<int>, std::less<>> by_name_;
  // The codelist's names in other languages that no English name has
  // (normalised -> COW codes), and those in scripts that normalisation
  // cannot fold (Arabic, Chinese, Cyrillic), exactly as written. Only Lookup
  // reads them; MatchActor never does.
  std::map<std::string, std::vector<int>, std::less<>> by_other_language_;
  std::map<std::string, std::vector<int>, std::less<>> by_script_name_;
  // Names that users type for more than one state ("Korea", "Congo"): only
  // Lookup reads them; MatchActor never does.
  std::map<std::string, std::vector<int>, std::less<>> ambiguous_names_;
  // Places without a COW code, and their names (normalised -> index).
  std::vector<CountryIdentity> entities_;
  std::map<std::string, size_t, std::less<>> entity_names_;
  std::vector<std::string> non_state_names_;  // the alias table's, normalised
  std::vector<std::pair<CowCode, CowCode>> un_seats_;  // [un_seats]: seat, successor
  std::vector<std::pair<std::string, int>> patterns_;  // codelist regexes -> ccode
  // The patterns compiled once, on the first query that needs them (most
  // queries are codes or exact names and never do), and what they matched
  // for each query so far (a file of 100,000 rows repeats its names).
  struct CompiledPatterns;
  const CompiledPatterns& Compiled() const;
  static std::shared_ptr<CompiledPatterns> NewCompiledPatterns();
  std::shared_ptr<CompiledPatterns> compiled_;
};

}  // namespace entente

#endif  // ENTENTE_DATA_COUNTRY_REGISTRY_H_
