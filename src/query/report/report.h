// The report on a relationship: the evidence on two states, gathered from
// every dataset the bundle has, as one document (document/report_document.h)
// that the HTML, Markdown and JSON writers format. Each part is built from
// the same queries the commands run, so a number in a report is the number
// `entente votes`, `arms`, `power` ... print for the same period. A part with
// no data says what is missing.
#ifndef ENTENTE_QUERY_REPORT_REPORT_H_
#define ENTENTE_QUERY_REPORT_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/period.h"
#include "core/status.h"
#include "document/report_document.h"
#include "query/workspace.h"

namespace entente {

struct ReportRequest {
  std::string a;
  std::string b;
  std::optional<int> from;  // default: the first year both states existed
  std::optional<int> to;    // default: the last year of any dataset
  // Comparison dyads, as typed ("IND", "USA"), drawn beside A-B in the charts.
  std::vector<std::pair<std::string, std::string>> compare;
  std::optional<std::string> claims_file;  // a claim file to check (see docs/CLAIMS.md)
  std::vector<std::string> event_files;    // event files merged with the built-in record
  std::string vote_measure = "agree";      // the measure of the voting chart
  bool ideal_points = false;               // estimate ideal points for the period's sessions
};

// Builds the report. Usage errors (an unknown state, an inverted period, a
// bad comparison dyad or claim file) and data errors (a dataset missing or
// changed) fail it; a part without data for the pair records what is missing.
Result<Report> BuildReport(Workspace& ws, const ReportRequest& request);

// Parses "IND-USA" into its two states as typed; a usage error otherwise.
Result<std::pair<std::string, std::string>> ParseDyad(std::string_view text);

}  // namespace entente

#endif  // ENTENTE_QUERY_REPORT_REPORT_H_
