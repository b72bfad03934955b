// The dynamic ideal-point fit of the whole record, read from its snapshot in
// the user's cache folder when one fitted to these very data by this very
// program exists, else fitted and written there for next time
// (data/ideal_fit_cache.h). The key is the SHA-256 of the vote matrix's key,
// the identical resolutions' checksum and the checksum of the running
// program, so that any change of data, model or code refits. A damaged
// snapshot is refitted and named in the workspace's notes.
#ifndef ENTENTE_QUERY_IDEAL_DYNAMIC_FIT_STORE_H_
#define ENTENTE_QUERY_IDEAL_DYNAMIC_FIT_STORE_H_

#include <functional>
#include <vector>

#include "measures/dynamic_ideal_points.h"
#include "query/ideal/ideal_data.h"
#include "query/workspace.h"

namespace entente {

struct StoredDynamicFit {
  DynamicFit dynamic;
  bool from_snapshot = false;
};

// `whole` is the whole record; `statics` gives the start (called only when
// the fit is not stored). Without `use_snapshot`, always fits and stores nothing.
StoredDynamicFit LoadOrFitDynamic(Workspace& ws, const IdealData& whole,
                                  const std::function<std::vector<SessionFit>()>& statics, int anchor,
                                  const IrtControl& control, bool use_snapshot);

}  // namespace entente

#endif  // ENTENTE_QUERY_IDEAL_DYNAMIC_FIT_STORE_H_
