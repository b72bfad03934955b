// The ideal-point query: where each state stands in the General Assembly,
// session by session, on one scale with the United States positive.
#ifndef ENTENTE_QUERY_IDEAL_IDEAL_QUERY_H_
#define ENTENTE_QUERY_IDEAL_IDEAL_QUERY_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/period.h"
#include "core/status.h"
#include "measures/ideal_bootstrap.h"
#include "query/ideal/ideal_data.h"
#include "query/workspace.h"

namespace entente {

inline constexpr int kAnchorCcode = 2;  // the United States

struct IdealEstimates {
  IdealData data;  // sessions of the requested range
  std::vector<std::vector<double>> ideal;  // [session][unit]
  // [session][unit]; empty without a bootstrap, none for a state-session no replicate drew a vote of
  std::vector<std::vector<std::optional<double>>> lower, upper;
  std::vector<int> iterations;   // per session (static) or the joint fit's, repeated (dynamic)
  bool all_converged = true;
  int bootstrap_failed = 0;
  size_t links_used = 0;
  size_t intervals_excluding = 0;  // printed state-sessions whose interval excludes the estimate  // dynamic: identical-resolution pairs linking the fit's roll calls
  std::vector<std::string> notes;
};

struct IdealSpec {
  int first_session = 0;
  int last_session = 0;
  bool dynamic = false;
  int bootstrap = 0;
  uint64_t seed = 1;
  std::function<void(double)> progress;  // fraction of the work done
  bool use_snapshot = true;  // dynamic: read and write the whole-record fit's snapshot (dynamic_fit_store.h)
  IrtResampling resampling = IrtResampling::kRollCalls;  // what a bootstrap replicate draws anew
};

// Fits the models for the sessions of `spec`. Static fits always run from the
// first session on, so that each session starts from the one before it and a
// session's estimate does not depend on where the range begins; the dynamic
// fit always covers the whole record, so that its estimates do not depend on
// the range at all.
Result<IdealEstimates> EstimateIdealPoints(Workspace& ws, const IdealSpec& spec);

// The sessions a --from/--to (years the sessions opened) or --sessions range
// means, checked against the data: inverted or outside the record is a usage
// error naming the coverage.
Result<std::pair<int, int>> IdealSessionRange(Workspace& ws, const std::optional<Period>& years,
                                              const std::optional<std::pair<int, int>>& sessions);

struct IdealRequest {
  std::optional<Period> years;
  std::optional<std::pair<int, int>> sessions;
  bool dynamic = false;
  std::vector<std::string> states;  // empty: all
  int bootstrap = 0;
  uint64_t seed = 1;
  IrtResampling resampling = IrtResampling::kRollCalls;
  std::function<void(double)> progress;
};

// The seed of a static session's bootstrap, from the seed asked for (each
// session its own stream, so that a session's intervals do not depend on
// the range asked for).
uint64_t IdealSessionSeed(uint64_t seed, int session);

// The names of the bootstrap's ways to resample, as --bootstrap-method
// takes them: "rollcalls" (the default) and "parametric".
const std::vector<std::string>& BootstrapMethodNames();
// The name of a way to resample, as --bootstrap-method takes it.
const char* BootstrapMethodName(IrtResampling resampling);
// The way a name means; a usage error naming the choices for any other.
Result<IrtResampling> ParseBootstrapMethod(std::string_view name);

// Sets the sessions of `request` from what was typed: --from/--to (years the
// sessions opened) or --sessions FIRST-LAST; a usage error for both or for
// sessions that do not parse.
Status SetIdealRange(std::optional<int> from, std::optional<int> to, const std::string& sessions,
                     IdealRequest* request);

// Columns: ccode, iso3, session, year, ideal, lower, upper, n_votes (lower and
// upper missing without --bootstrap). Facts name the model, filtering,
// identification and convergence.
Result<Answer> QueryIdeal(Workspace& ws, const IdealRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_IDEAL_IDEAL_QUERY_H_
