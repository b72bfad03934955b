// The state-year panel: every member of the COW state system in every year of
// its membership, with its capabilities, major-power status, UN votes cast,
// arms trade, and counts of its alliance partners, disputes and rivals, by
// the coverage rules of the dyad-year panel (empty outside a dataset's years,
// 0 inside them without a record). Rows stream in order of year, ccode.
// Columns and rules: docs/PANELS.md.
#ifndef ENTENTE_QUERY_PANEL_STATE_YEAR_QUERY_H_
#define ENTENTE_QUERY_PANEL_STATE_YEAR_QUERY_H_

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/period.h"
#include "core/status.h"
#include "query/panel/panel_query.h"

namespace entente {

struct StateYearTables;

class StateYearQuery {
 public:
  // Takes the years, states (--both is meaningless here and ignored) and
  // --iso of `request`; loads every dataset. Usage and data errors come from
  // here, before any row is written.
  static Result<StateYearQuery> Prepare(Workspace& ws, const PanelRequest& request);

  const Answer& header() const { return header_; }
  std::optional<Period> years() const { return years_; }
  // Calls `row` for each state-year until it returns false.
  void Run(const PanelRowCallback& row, const std::function<void(int)>& year_done = {}) const;

 private:
  PanelRequest request_;
  Answer header_;
  std::optional<Period> years_;
  std::shared_ptr<const StateYearTables> tables_;
  std::set<int> chosen_;  // COW codes of --states; empty: every state
};

}  // namespace entente

#endif  // ENTENTE_QUERY_PANEL_STATE_YEAR_QUERY_H_
