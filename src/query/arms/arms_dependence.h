// A recipient's dependence on its arms suppliers over time: for each window
// of years (SIPRI's five-year windows by default), the suppliers' shares of
// its imports, the largest supplier and the Herfindahl-Hirschman
// concentration, to see dependence rise or fall.
#ifndef ENTENTE_QUERY_ARMS_ARMS_DEPENDENCE_H_
#define ENTENTE_QUERY_ARMS_ARMS_DEPENDENCE_H_

#include <optional>
#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "measures/year_windows.h"
#include "query/workspace.h"

namespace entente {

struct ArmsDependenceRequest {
  std::string recipient;
  std::optional<int> from;
  std::optional<int> to;
  int window = kSipriWindowYears;
  int step = 0;  // years between window starts; 0 means back to back (= window)
  int top = 0;   // suppliers listed per window; 0 lists all
};

// Returns the answer; a usage error for an unknown state, a bad period or a
// window that does not fit in it; not-found when the register records no
// deliveries to the recipient in the windows.
Result<Answer> ArmsDependence(Workspace& ws, const ArmsDependenceRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_ARMS_ARMS_DEPENDENCE_H_
