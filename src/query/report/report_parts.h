// The parts of a report, each built from the queries of one field (votes,
// arms, power, relations, events, claims), and the small helpers they share
// to read the answers of those queries. Internal to the report.
#ifndef ENTENTE_QUERY_REPORT_REPORT_PARTS_H_
#define ENTENTE_QUERY_REPORT_REPORT_PARTS_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/country.h"
#include "core/status.h"
#include "query/report/report.h"
#include "query/workspace.h"

namespace entente {

struct ReportContext {
  Workspace& ws;
  const ReportRequest& request;
  const Country* a = nullptr;
  const Country* b = nullptr;
  std::vector<std::pair<const Country*, const Country*>> compare;
  Period period;
  Report& report;
  // A failure that ends the report (a dataset missing or changed); parts stop
  // at the first and BuildReport returns it.
  Status fatal;

  // "PAK-CHN"
  static std::string DyadName(const Country& x, const Country& y);
  // Every state of the report: A, B, then the comparison states, once each.
  std::vector<const Country*> States() const;

  // Takes a query's result into `part`: its datasets are recorded in the part
  // and the report, and the answer is returned. When the query found nothing
  // for the pair or period its message goes to `part.missing`; a data or I/O
  // error becomes `fatal`. Either way nullopt is returned then.
  std::optional<Answer> Take(ReportPart& part, Result<Answer> result);
  // Records that `part` read a dataset: once in the part and once in the
  // report, in the order first used.
  void UseDataset(ReportPart& part, const std::string& id);
  void UseDataset(ReportPart& part, const DatasetRef& ref);
  // Records the definitions among an answer's facts (keys listed) as measures.
  void DefineMeasures(const Answer& answer, const std::vector<std::string>& keys);
  void DefineMeasure(std::string name, std::string definition);
};

// Reading the tables of answers.
std::optional<size_t> ColumnIndex(const Table& table, std::string_view name);
std::optional<double> NumberCell(const Cell& cell);
std::string TextCell(const Cell& cell);
// Appends the rows of `from` to `into`, which gets `from`'s columns when empty.
void AppendRows(Table& into, const Table& from);
// The part's table under `name`, copied from a section of an answer.
void AddTable(ReportPart& part, std::string name, std::string title, const Table& table, bool expanded = false);

// Where `value` stands in `sorted` (increasing): its percentile rank among
// the dyads `among` names ("dyads voting in 2013-2018"); nullopt for an empty
// distribution. The definition is recorded among the report's measures.
std::optional<HeadlinePercentile> PercentileAmong(ReportContext& ctx, std::span<const double> sorted, double value,
                                                  std::string among);
// "; percentile 56 of the 18528 dyads voting in 2013-2018", for a headline's
// detail; "" without a percentile.
std::string PercentileDetail(const std::optional<HeadlinePercentile>& p);

ReportPart BuildVotesPart(ReportContext& ctx);
ReportPart BuildArmsPart(ReportContext& ctx);
ReportPart BuildPowerPart(ReportContext& ctx);
ReportPart BuildRelationsPart(ReportContext& ctx);
ReportPart BuildEventsPart(ReportContext& ctx);
ReportPart BuildClaimsPart(ReportContext& ctx);

}  // namespace entente

#endif  // ENTENTE_QUERY_REPORT_REPORT_PARTS_H_
