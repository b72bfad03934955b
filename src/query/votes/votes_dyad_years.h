// The dyad-year table: every undirected pair of states (ccode1 < ccode2) in
// every year in which both were members of the COW state system and voted on
// at least one common roll call, with n, every measure and partial_year (1 in
// a year that holds only the end of an earlier session; query/votes/
// vote_record.h): the panel researchers otherwise build in R. States that
// voted in a year outside the system (Ukraine and Belarus before 1991) form
// no row then, as in Häge's (2011) dyad-years. Rows stream to a
// callback, in order of year, ccode1, ccode2, so the table (about 820,000
// rows for 1946-2020) is never held in memory.
#ifndef ENTENTE_QUERY_VOTES_VOTES_DYAD_YEARS_H_
#define ENTENTE_QUERY_VOTES_VOTES_DYAD_YEARS_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "data/vote_matrix.h"
#include "measures/vote_measure_registry.h"
#include "query/votes/vote_filter.h"
#include "query/votes/vote_record.h"
#include "query/workspace.h"

namespace entente {

struct DyadYearsRequest {
  VoteFilter filter;
  std::vector<std::string> measures;  // empty: all
};

using RowCallback = std::function<void(const std::vector<Cell>&)>;

class DyadYearsQuery {
 public:
  // Resolves measures and filters and opens the vote record; usage and data
  // errors come from here, before any row is written.
  static Result<DyadYearsQuery> Prepare(Workspace& ws, const DyadYearsRequest& request);

  // Title, facts, datasets and the columns of its one section: ccode1,
  // ccode2, year, iso3_1, iso3_2, n, measures, partial_year.
  const Answer& header() const { return header_; }
  // Calls `row` for each dyad-year with n >= 1.
  void Run(const RowCallback& row) const;

 private:
  DyadYearsRequest request_;
  Answer header_;
  std::shared_ptr<const VoteMatrix> matrix_;
  std::vector<const VoteMeasureInfo*> measures_;
  std::vector<const Country*> states_;  // the state of each member of the matrix
  std::vector<PartialYear> partial_;
  int system_end_ = 0;  // the COW state list's last year
};

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTES_DYAD_YEARS_H_
