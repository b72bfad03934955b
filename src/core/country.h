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

// The last year of an identity that still holds.
inline constexpr int kOpenYear = 9999;

// A state's name and codes over a run of years. A state keeps its COW code
// through renames and changes of its ISO codes (COW 345 is Yugoslavia in 1995
// and Serbia in 2010); each run holds the name and codes of its years.
// Places without a COW code (territories, non-state actors) have one
// identity covering every year. Empty strings and zeros mean "none".
struct CountryIdentity {
  int from_year = 0;
  int to_year = kOpenYear;  // kOpenYear while it still holds
  std::string name;
  std::string cow_letters;
  std::string iso3;
  std::string iso2;
  int m49 = 0;              // UN M49 numeric code (ISO 3166 numeric); 0 when none
  int gw_code = 0;          // Gleditsch-Ward numeric code; 0 when none
  std::string gw_letters;   // Gleditsch-Ward letters

  bool Covers(int year) const { return from_year <= year && year <= to_year; }
};

struct Country {
  CowCode ccode;
  std::string cow_letters;  // COW's three-letter code, e.g. "PAK"; may be empty
  std::string iso2;         // ISO 3166 alpha-2; empty for states that predate it
  std::string iso3;         // ISO 3166 alpha-3; empty likewise
  std::string name;         // English name for display
  std::vector<StateSpell> spells;  // empty when never a member of the state system
  // Name and codes by period, ordered by year and not overlapping; never
  // empty in a built registry. The last is the identity that holds now (or
  // held last). The fields above are the codelist's, kept for display.
  std::vector<CountryIdentity> identities;
  std::optional<int> gwcode;       // Gleditsch-Ward number from the codelist, when it has one

  // "Pakistan (PAK, 770)": the name with the codes a user can type back.
  std::string Label() const;
  // The code shown in tables: iso3 when there is one, else the COW letters.
  const std::string& ShortCode() const { return iso3.empty() ? cow_letters : iso3; }
  // The identity that holds now, or held last.
  const CountryIdentity& Current() const { return identities.back(); }
  // The name and codes the state had in `year`: the identity whose years hold
  // it; in a year outside all of them (before the state, after it ended, in a
  // gap such as Germany's 1946-1989), the latest that began before the year,
  // else the first. Null when the state has no identity.
  const CountryIdentity* IdentityIn(int year) const {
    const CountryIdentity* before = nullptr;
    for (const CountryIdentity& id : identities) {
      if (id.Covers(year)) return &id;
      if (id.from_year <= year) before = &id;
    }
    return before != nullptr ? before : (identities.empty() ? nullptr : &identities.front());
  }
  // Whether the state is a member of the COW state system in `year`.
  bool MemberIn(int year) const {
    for (const StateSpell& s : spells) {
      if (s.from_year <= year && year <= s.to_year) return true;
    }
    return false;
  }
};

}  // namespace entente

#endif  // ENTENTE_CORE_COUNTRY_H_
