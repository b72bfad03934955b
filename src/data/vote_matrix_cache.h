// VoteMatrixCache: a binary snapshot of a VoteMatrix, so that a query does not
// parse 24 MB of CSV on every run. The snapshot is keyed by the checksums of
// the files it was built from (the caller's key) and by the format version,
// and ends with the SHA-256 of everything before it, checked on every load:
// a snapshot of other sources or of an older format is stale, and one that is
// truncated, altered by a single bit or not a regular file is damaged; both
// are rebuilt from the CSV, never trusted.
#ifndef ENTENTE_DATA_VOTE_MATRIX_CACHE_H_
#define ENTENTE_DATA_VOTE_MATRIX_CACHE_H_

#include <filesystem>
#include <optional>
#include <string>

#include "core/status.h"
#include "data/vote_matrix.h"

namespace entente {

class VoteMatrixCache {
 public:
  // Writes the snapshot atomically (temporary file, then rename).
  static Status Save(const VoteMatrix& matrix, const std::string& key, const std::filesystem::path& path);
  struct Loaded {
    std::optional<VoteMatrix> matrix;  // set when the snapshot was whole and carried the key
    std::string damage;                // why a snapshot that was there could not be used; empty if none
  };
  // The snapshot at `path` when it exists, is intact and carries `key`. A
  // missing or stale snapshot gives neither matrix nor damage.
  static Loaded Load(const std::string& key, const std::filesystem::path& path);
};

}  // namespace entente

#endif  // ENTENTE_DATA_VOTE_MATRIX_CACHE_H_
