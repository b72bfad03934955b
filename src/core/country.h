// Identity of states: the Correlates of War code and a state's other names.
//
// A state is keyed by its COW numeric code (`ccode`), the key of COW, ATOP,
// MIDs and the published UN ideal points. ISO codes and names are attributes
// reached only through the CountryRegistry, never used as keys.
#ifndef ENTENTE_CORE_COUNTRY_H_
#define ENTENTE_CORE_COUNTRY_H_

#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace entente {

// COW numeric state code, e.g. 770 for Pakistan.
struct CowCode {
  int value = 0;
  auto operator<=>(const CowCode&) const = default;
};

// One spell of membership in the COW state system.
struct StateSpell {
  int from_year = 0;
  int to_year = 0;
};

struct Country {
  CowCode ccode;
  std::string cow_letters;  // COW's three-letter code, e.g. "PAK"; may be empty
  std::string iso2;         // ISO 3166 alpha-2; empty for states that predate it
  std::string iso3;         // ISO 3166 alpha-3; empty likewise
  std::string name;         // English name for display
  std::vector<StateSpell> spells;  // empty when never a member of the state system
  std::optional<int> gwcode;       // Gleditsch-Ward number from the codelist, when it has one

  // "Pakistan (PAK, 770)": the name with the codes a user can type back.
  std::string Label() const;
  // The code shown in tables: iso3 when there is one, else the COW letters.
  const std::string& ShortCode() const { return iso3.empty() ? cow_letters : iso3; }
};

}  // namespace entente

#endif  // ENTENTE_CORE_COUNTRY_H_
