// Claim files: a paper's quantitative statements written down so entente can
// check them. TOML, documented in docs/CLAIMS.md:
//
//   [paper]
//   title = "..."   author = "..."   published = "..."
//
//   [[claim]]
//   id = "unga-coincidence"
//   text = "Pakistan voted like China 90 per cent of the time, 1971-2017"
//   where = "p. 32"
//   metric = "votes.ia"
//   params = { a = "PAK", b = "CHN", from = 1971, to = 2017 }
//   expect = { value = 0.90, tolerance = 0.03 }
//   show = ["votes.agree", "votes.kappa"]     # optional, same params
//   note = "..."                              # optional
//
// Parsing checks the shape only (types, required keys, one kind of
// expectation); metric names and parameters are checked against the metric
// registry by CheckClaims, with the claim's line in every error.
#ifndef ENTENTE_QUERY_CLAIMS_CLAIM_FILE_H_
#define ENTENTE_QUERY_CLAIMS_CLAIM_FILE_H_

#include <cstdint>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/status.h"

namespace entente {

using ParamValue = std::variant<int64_t, double, std::string, bool>;

struct ClaimParams {
  std::map<std::string, ParamValue> values;
  std::map<std::string, int> lines;  // where each was written
};

struct Expectation {
  enum class Kind { kValue, kBounds, kEquals, kTrend, kAbove, kBelow };
  Kind kind = Kind::kValue;
  double value = 0;               // kValue
  double tolerance = 0;           // kValue: supported within this distance
  std::optional<double> min, max; // kBounds
  std::optional<double> partly_min, partly_max;  // kBounds: partly supported within these
  std::string equals;             // kEquals: text the measured value must equal
  std::string trend;              // kTrend: "increasing" or "decreasing"
  // kAbove / kBelow: another metric to compare with.
  std::string other_metric;
  ClaimParams other_params;
};

struct Claim {
  std::string id;
  std::string text;
  std::string where;
  std::string metric;
  ClaimParams params;
  Expectation expect;
  std::vector<std::string> show;
  std::string note;
  int line = 0;  // the [[claim]] header
};

struct ClaimFile {
  std::string source;
  std::string title;
  std::string author;
  std::string published;
  std::vector<Claim> claims;
};

// Parses a claim file; a data error names `source:line:column` and what was
// expected (duplicate ids, missing keys, wrong types, no or two expectations).
Result<ClaimFile> ParseClaimFile(std::string_view text, const std::string& source);
Result<ClaimFile> LoadClaimFile(const std::string& path);

// Text of a parameter value as written ("PAK", 1971, 0.9).
std::string ParamText(const ParamValue& v);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_FILE_H_
