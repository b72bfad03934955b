// The report on a relationship: the evidence on two states, gathered from
// every dataset the bundle has, as one model that the HTML, Markdown and JSON
// writers format. Each part is built from the same queries the commands run,
// so a number in a report is the number `entente votes`, `arms`, `power` ...
// print for the same period. A part with no data says what is missing.
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

enum class ChartKind { kLine, kStackedBar };

// One value of a chart: a series' value in a year. A missing value is a gap.
struct ChartPoint {
  int year = 0;
  std::string series;
  std::optional<double> value;
};

// A chart as data: the writers turn it into a Vega-Lite specification (HTML)
// or an SVG drawing (Markdown).
struct Chart {
  std::string name;     // unique in the report: the element id and the SVG file's stem
  std::string title;
  std::string caption;  // what is plotted, by which measure, from which dataset
  ChartKind kind = ChartKind::kLine;
  std::string y_title;
  int y_decimals = 2;   // for axis labels and tooltips
  std::vector<std::string> series;  // legend order
  std::vector<ChartPoint> points;
  std::optional<Period> highlight;  // the report's period, shaded when the chart spans more
};

// A fact for reading: "Alliance", "non-aggression pledge 2004-2018".
struct ReportFact {
  std::string label;
  std::string value;
};

struct ReportPart {
  std::string name;   // snake_case key
  std::string title;
  std::vector<ReportFact> facts;
  std::vector<Chart> charts;
  std::vector<Section> tables;
  std::vector<std::string> notes;
  std::vector<std::string> missing;  // what the data do not have for this pair and period
  std::vector<std::string> datasets;  // ids of the datasets this part read
};

// A headline figure of the summary, with what makes it traceable.
struct Headline {
  std::string label;
  Cell value;
  std::string text;     // the value as a reader sees it, short
  std::string detail;   // what it counts, e.g. "over 539 roll calls"
  std::string measure;  // name and definition
  std::string period;
  std::string dataset;  // id
};

struct MeasureDefinition {
  std::string name;
  std::string definition;
};

struct Report {
  std::string title;
  std::string a_label, b_label;  // "Pakistan (PAK, 770)"
  std::string a_code, b_code;    // "PAK"
  Period period;
  std::vector<std::string> compare;  // "IND-USA"
  std::string version;               // of entente
  std::vector<Headline> summary;
  std::vector<ReportPart> parts;
  std::vector<MeasureDefinition> measures;
  std::vector<DatasetRef> datasets;
  std::vector<std::string> notes;
};

// Builds the report. Usage errors (an unknown state, an inverted period, a
// bad comparison dyad or claim file) and data errors (a dataset missing or
// changed) fail it; a part without data for the pair records what is missing.
Result<Report> BuildReport(Workspace& ws, const ReportRequest& request);

// Parses "IND-USA" into its two states as typed; a usage error otherwise.
Result<std::pair<std::string, std::string>> ParseDyad(std::string_view text);

}  // namespace entente

#endif  // ENTENTE_QUERY_REPORT_REPORT_H_
