// IdealFitCache: the dynamic ideal-point fit of the whole record, kept on
// disk so that a query of a few sessions does not refit 749,000 votes. The
// snapshot is keyed by the caller (the checksums of the data, the model's
// settings and the program that fitted it) and ends with the SHA-256 of
// everything before it, checked on every load: a snapshot of another key is
// stale, one that is truncated or altered is damaged; both are refitted,
// never trusted. Written atomically (temporary file, then rename).
#ifndef ENTENTE_DATA_IDEAL_FIT_CACHE_H_
#define ENTENTE_DATA_IDEAL_FIT_CACHE_H_

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace entente {

// A fit as plain numbers (the data layer knows no model types).
struct IdealFitSnapshot {
  std::vector<double> x;      // one position per unit
  std::vector<double> items;  // a, b, s2 of each item, in turn
  int32_t iterations = 0;
  bool converged = false;
};

class IdealFitCache {
 public:
  static Status Save(const IdealFitSnapshot& fit, const std::string& key, const std::filesystem::path& path);
  struct Loaded {
    std::optional<IdealFitSnapshot> fit;  // set when the snapshot was whole and carried the key
    std::string damage;                   // why a snapshot that was there could not be used; empty if none
  };
  // A missing or stale snapshot gives neither fit nor damage.
  static Loaded Load(const std::string& key, const std::filesystem::path& path);
};

}  // namespace entente

#endif  // ENTENTE_DATA_IDEAL_FIT_CACHE_H_
