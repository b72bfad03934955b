// The registry of vote measures: name, definition, citation. Help texts, the
// docs and every answer's "definition" fact are generated from it, so a
// measure is described in one place.
#ifndef ENTENTE_MEASURES_VOTE_MEASURE_REGISTRY_H_
#define ENTENTE_MEASURES_VOTE_MEASURE_REGISTRY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "measures/vote_agreement.h"

namespace entente {

struct VoteMeasureInfo {
  const char* name;        // column name and --measure value
  const char* title;
  const char* definition;  // one-line formula
  const char* citation;
  std::optional<double> AgreementScores::*field;  // nullptr: not an agreement score
};

// The agreement measures, computed from the two states' votes alone.
const std::vector<VoteMeasureInfo>& VoteMeasures();
// ideal_distance: from the static ideal-point model (measures/ideal_distance.h),
// so it costs a model fit; offered by `votes A B` only, on request.
const VoteMeasureInfo& IdealDistanceMeasure();
const VoteMeasureInfo* FindVoteMeasure(std::string_view name);
// "agree, ia, s, kappa, pi"
std::string VoteMeasureNames();

}  // namespace entente

#endif  // ENTENTE_MEASURES_VOTE_MEASURE_REGISTRY_H_
