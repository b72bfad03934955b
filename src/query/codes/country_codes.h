// Converting a column of a user's CSV from names or codes of any system to
// others (`entente codes`), with a year column for time-aware answers.
//
// Every input row is written out with the new columns appended, in the order
// asked; a row whose value names no one state gets empty new fields and is
// counted and reported, never dropped. Values are resolved once per distinct
// (value, year), so a panel of 100,000 rows costs about as much as its few
// thousand distinct names. The input is read with the project's CSV reader
// (RFC 4180 quoting; a field quoted in the input stays quoted in the output).
#ifndef ENTENTE_QUERY_CODES_COUNTRY_CODES_H_
#define ENTENTE_QUERY_CODES_COUNTRY_CODES_H_

#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"
#include "data/country_registry.h"

namespace entente {

struct CodesRequest {
  std::string column;                // the column holding names or codes
  std::string year_column;           // empty: no year, each state's present identity
  CodeSystem from = CodeSystem::kAny;
  std::vector<CodeSystem> to;        // columns appended (kName: the name); not kAny
};

// A value that matched no one state, or a place without a COW code.
struct CodesProblem {
  std::string value;
  std::optional<int> year;       // the year of its first row, when there is one
  std::string reason;            // why, with suggestions; filled for the first kMaxCodesProblemsExplained
  bool place = false;            // a place without a COW code (its other codes are filled)
  int64_t rows = 0;
  std::vector<int64_t> lines;    // physical lines of its first rows
};

inline constexpr size_t kMaxCodesProblemsExplained = 50;
inline constexpr size_t kMaxCodesProblemLines = 5;

struct CodesSummary {
  int64_t rows = 0;
  int64_t matched = 0;     // rows of one state
  int64_t places = 0;      // rows of a place without a COW code
  int64_t unmatched = 0;   // rows of no one state or place
  std::vector<CodesProblem> problems;  // by value, in the order first seen
};

// The appended column's name in the header ("ccode", "iso3", "gwcode", ...).
std::string CodesColumnName(CodeSystem system);

// Reads CSV from `in` (`source` names it in errors), writes it to `out` with
// the columns of `request.to` appended. Returns what matched; a usage error
// when a column named in the request is missing or an appended one is already
// there; a data error naming line and column for malformed CSV. `out` may
// hold part of the output after an error.
Result<CodesSummary> ConvertCodes(const CountryRegistry& registry, std::istream& in, const std::string& source,
                                  const CodesRequest& request, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_QUERY_CODES_COUNTRY_CODES_H_
