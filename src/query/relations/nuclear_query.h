// The nuclear query: a state's nuclear power reactors, their totals by status,
// and the vendor state behind each design where the model says it.
#ifndef ENTENTE_QUERY_RELATIONS_NUCLEAR_QUERY_H_
#define ENTENTE_QUERY_RELATIONS_NUCLEAR_QUERY_H_

#include <string>

#include <memory>
#include <vector>

#include "core/answer.h"
#include "core/status.h"
#include "data/nuclear_plants.h"
#include "query/workspace.h"

namespace entente {

struct NuclearRequest {
  std::string state;
};

// Sections "reactors" (name, status, type, model, construction_start,
// operational_from, operational_to, capacity_mwe, supplier_ccode, supplier_iso3, supplier_stateabb,
// iaea_id; by name), "totals" (status, reactors, capacity_mwe: the sum of
// known design net capacities, missing when none is known, capacity_unknown:
// reactors without one; Operational, Under Construction and Planned always
// listed) and "suppliers" (supplier_ccode, supplier_iso3, supplier_stateabb,
// designer, reactors, operational, operational_mwe: likewise over the
// operational reactors). An empty answer when the state has no reactor in the list.
Result<Answer> NuclearQuery(Workspace& ws, const NuclearRequest& request);

// Every reactor of GeoNuclearData, verified and loaded once per workspace.
Result<std::shared_ptr<const std::vector<Reactor>>> LoadReactors(Workspace& ws);

}  // namespace entente

#endif  // ENTENTE_QUERY_RELATIONS_NUCLEAR_QUERY_H_
