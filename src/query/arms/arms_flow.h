// The arms flow of one dyad, supplier S to recipient R: TIV by year with S's
// share of R's imports and R's share of S's exports, the peak year, and the
// same over back-to-back windows of years (SIPRI's five-year windows).
#ifndef ENTENTE_QUERY_ARMS_ARMS_FLOW_H_
#define ENTENTE_QUERY_ARMS_ARMS_FLOW_H_

#include <optional>
#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "measures/year_windows.h"
#include "query/workspace.h"

namespace entente {

struct ArmsFlowRequest {
  std::string supplier;
  std::string recipient;
  std::optional<int> from;
  std::optional<int> to;
  int window = kSipriWindowYears;  // years per window; windows end at the period's last year
};

// Returns the answer, a usage error for an unknown state or a bad period, or
// not-found when the register records no deliveries from S to R then.
Result<Answer> ArmsFlow(Workspace& ws, const ArmsFlowRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_ARMS_ARMS_FLOW_H_
