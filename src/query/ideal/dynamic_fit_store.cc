// Keying, reading and writing the dynamic fit's snapshot.
#include "query/ideal/dynamic_fit_store.h"

#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "data/checksum_cache.h"
#include "data/ideal_fit_cache.h"
#include "data/sha256.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {
namespace {

// Empty when the key cannot be known (then nothing is cached).
std::string SnapshotKey(Workspace& ws) {
  Result<std::string> votes = VoteMatrixKey(ws);
  const DatasetInfo* links = ws.manifest().Find("identical_resolutions");
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!votes.ok() || links == nullptr || ec) return "";
  Result<std::string> program = CachedSha256(exe);
  if (!program.ok()) return "";
  return Sha256Hex(fmt::format("{}|{}|{}", *votes, links->sha256, *program));
}

IdealFitSnapshot ToSnapshot(const IrtFit& f) {
  IdealFitSnapshot s{f.x, {}, f.iterations, f.converged};
  for (const IrtItem& it : f.item) s.items.insert(s.items.end(), {it.a, it.b, it.s2});
  return s;
}

}  // namespace

StoredDynamicFit LoadOrFitDynamic(Workspace& ws, const IdealData& whole,
                                  const std::function<std::vector<SessionFit>()>& statics, int anchor,
                                  const IrtControl& control, bool use_snapshot) {
  StoredDynamicFit out;
  const std::string key = use_snapshot ? SnapshotKey(ws) : "";
  const std::filesystem::path dir = key.empty() ? std::filesystem::path() : UserCacheDir();
  const std::filesystem::path path = dir.empty() ? dir : dir / "ideal_dynamic.bin";
  if (!path.empty()) {
    IdealFitCache::Loaded loaded = IdealFitCache::Load(key, path);
    if (!loaded.damage.empty()) {
      ws.AddNote(fmt::format("the dynamic ideal-point snapshot {} was not used ({}); refitted it", path.string(),
                             loaded.damage));
    }
    if (loaded.fit) {
      DynamicFit d = BuildDynamicProblem(whole.sessions, whole.links, kDefaultWalk);
      // The key covers the data and the program, so the sizes agree; a
      // snapshot that does not is treated as stale.
      if (loaded.fit->x.size() == d.problem.units && loaded.fit->items.size() == 3 * d.problem.items) {
        d.fit.x = std::move(loaded.fit->x);
        for (size_t j = 0; j < d.problem.items; ++j) {
          const double* p = &loaded.fit->items[3 * j];
          d.fit.item.push_back(IrtItem{p[0], p[1], p[2]});
        }
        d.fit.iterations = loaded.fit->iterations;
        d.fit.converged = loaded.fit->converged;
        out.dynamic = std::move(d);
        out.from_snapshot = true;
        return out;
      }
    }
  }
  out.dynamic = FitDynamic(whole.sessions, whole.links, statics(), anchor, control);
  // A snapshot that cannot be written only costs time next run.
  if (!path.empty()) (void)IdealFitCache::Save(ToSnapshot(out.dynamic.fit), key, path);
  return out;
}

}  // namespace entente
