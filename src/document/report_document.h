// The report on a relationship as a document: its summary headlines, its
// parts (facts, charts, tables, notes, what is missing), the definitions of
// its measures and the datasets it read. The query layer builds it
// (query/report/report.h); the HTML, Markdown and JSON writers format it and
// see nothing of how it was gathered.
#ifndef ENTENTE_DOCUMENT_REPORT_DOCUMENT_H_
#define ENTENTE_DOCUMENT_REPORT_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/period.h"
#include "document/chart.h"

namespace entente {

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

// Where a headline figure stands among every dyad of the same period.
struct HeadlinePercentile {
  double value = 0;   // 0-100: the share of the dyads below the figure, ties counted half
  int64_t dyads = 0;  // how many dyads the figure is read against
  std::string among;  // which: "dyads voting in 2013-2018"
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
  std::optional<HeadlinePercentile> percentile;  // none when no distribution was found
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

}  // namespace entente

#endif  // ENTENTE_DOCUMENT_REPORT_DOCUMENT_H_
