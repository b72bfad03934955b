// The dyad-year panel: every dyad of the COW state system in every year, with
// the columns of each chosen source, as peacesciencer's create_dyadyears()
// followed by its add_*() functions builds it. Rows stream to a callback in
// order of year, ccode1, ccode2, so the table (1.9 million directed rows for
// 1816-2016) is never held in memory. Columns and rules: docs/PANELS.md.
#ifndef ENTENTE_QUERY_PANEL_PANEL_QUERY_H_
#define ENTENTE_QUERY_PANEL_PANEL_QUERY_H_

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/period.h"
#include "core/status.h"
#include "data/cow_states.h"
#include "query/panel/panel_sources.h"
#include "query/query_args.h"
#include "query/workspace.h"

namespace entente {

struct PanelRequest {
  bool directed = true;              // both orders of each dyad; else ccode1 < ccode2
  YearFlags years;                   // default: the state system's, 1816-2016
  std::vector<std::string> states;   // keep dyads with at least one of them (all when empty)
  bool both = false;                 // keep only dyads of two listed states
  std::vector<std::string> sources;  // by name; empty: DefaultPanelSources()
  bool iso = false;                  // add iso3_1, iso3_2
  size_t workers = 1;                // threads that may call RunYear at once
};

// Receives one row; returns false to stop (the reader closed the output).
using PanelRowCallback = std::function<bool(const std::vector<Cell>&)>;

class PanelQuery {
 public:
  // Resolves states and sources, opens every source's dataset; usage and data
  // errors come from here, before any row is written. A period outside the
  // state system's years is not an error: the panel is empty, with a note.
  static Result<PanelQuery> Prepare(Workspace& ws, const PanelRequest& request);

  // Title, facts (one per source: columns, dataset, coverage, rule), notes,
  // datasets and the columns of its one section.
  const Answer& header() const { return header_; }
  // The notes a user should see even when the CSV carries none: a period
  // outside the state system, a source with no year in the panel.
  const std::vector<std::string>& warnings() const { return warnings_; }
  // The years of the frame (empty when the request lies outside it).
  std::optional<Period> years() const { return years_; }
  // Calls `row` for each dyad-year, until it returns false, and `year_done`
  // after each year.
  void Run(const PanelRowCallback& row, const std::function<void(int)>& year_done = {});
  // The rows of one year, in order of ccode1, ccode2, built with the sources
  // of `worker`: calls for different workers may run at once on different
  // threads. Returns false when `row` did. REQUIRES: worker < workers.
  bool RunYear(size_t worker, int year, const PanelRowCallback& row);

 private:
  PanelRequest request_;
  Answer header_;
  std::optional<Period> years_;
  std::vector<std::string> warnings_;
  std::shared_ptr<const std::vector<MembershipSpell>> spells_;
  std::vector<std::vector<PanelSourcePtr>> sources_;  // one set per worker
  std::set<CowCode> chosen_;
  const CountryRegistry* registry_ = nullptr;
};

}  // namespace entente

#endif  // ENTENTE_QUERY_PANEL_PANEL_QUERY_H_
