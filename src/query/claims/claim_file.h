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
// Parsing checks the shape: known keys only (at the top, in [paper], in each
// claim and its expect), types, required keys, finite numbers, one kind of
// expectation and bounds in order. Metric names, parameters and how the
// expectation fits the metric are checked against the metric registry and
// the data by ValidateClaims (claim_check.h). Every mistake is a usage error
// (exit 2) naming source:line:column; all of a file's mistakes are reported
// together, and a file with any checks no claim.
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

// Where something was written: 1-based line and column.
struct SourcePos {
  int line = 0;
  int column = 0;
};

struct ClaimParams {
  std::map<std::string, ParamValue> values;
  std::map<std::string, SourcePos> at;  // where each value was written
  SourcePos table_at;                   // the params table, or the claim when it has none
};

struct Expectation {
  enum class Kind { kValue, kBounds, kEquals, kTrend, kAbove, kBelow };
  Kind kind = Kind::kValue;
  double value = 0;               // kValue
  double tolerance = 0;           // kValue: supported within this distance
  std::optional<double> min, max; // kBounds
  std::optional<double> partly_min, partly_max;  // kBounds: partly supported within these
  std::string equals;             // kEquals: text the measured value must equal
  bool equals_is_text = false;    // kEquals: written as a string (an integer otherwise)
  std::string trend;              // kTrend: "increasing" or "decreasing"
  // kAbove / kBelow: another metric to compare with.
  std::string other_metric;
  SourcePos other_metric_at;
  ClaimParams other_params;
  SourcePos at;                             // the expect table
  std::map<std::string, SourcePos> key_at;  // where each of its keys' values was written
};

struct Claim {
  std::string id;
  std::string text;
  std::string where;
  std::string metric;
  ClaimParams params;
  Expectation expect;
  std::vector<std::string> show;
  std::vector<SourcePos> show_at;  // where each name of `show` was written
  std::string note;
  int line = 0;  // the [[claim]] header
  SourcePos at;  // the [[claim]] header
  SourcePos metric_at;
};

struct ClaimFile {
  std::string source;
  std::string title;
  std::string author;
  std::string published;
  std::vector<Claim> claims;
};

// The mistakes found in a claim file, reported together in file order.
class ClaimProblems {
 public:
  void Add(const std::string& source, SourcePos at, std::string what);
  bool empty() const { return problems_.empty(); }
  size_t size() const { return problems_.size(); }
  // OK when there are none; else a usage error with one line per problem,
  // "source:line:column: what", and a count when there are several.
  Status ToStatus() const;

 private:
  struct Problem {
    std::string source;
    SourcePos at;
    std::string what;
  };
  std::vector<Problem> problems_;
};

// Parses a claim file; a usage error names `source:line:column` and what was
// expected for each mistake (unknown keys, duplicate ids, missing keys, wrong
// types, non-finite numbers, no or two expectations, bounds out of order),
// all of them together. Bad TOML is reported at its place as well.
Result<ClaimFile> ParseClaimFile(std::string_view text, const std::string& source);
Result<ClaimFile> LoadClaimFile(const std::string& path);

// Text of a parameter value as written ("PAK", 1971, 0.9).
std::string ParamText(const ParamValue& v);

}  // namespace entente

#endif  // ENTENTE_QUERY_CLAIMS_CLAIM_FILE_H_
