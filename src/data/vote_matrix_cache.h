// VoteMatrixCache: a binary snapshot of a VoteMatrix, so that a query does not
// parse 24 MB of CSV on every run. The snapshot is keyed by the checksums of
// the files it was built from (the caller's key) and by the format version:
// a snapshot of other sources, of an older format, or a truncated file is
// ignored and rebuilt, never trusted.
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
  // The snapshot at `path` when it exists, is complete and carries `key`.
  static std::optional<VoteMatrix> Load(const std::string& key, const std::filesystem::path& path);
};

}  // namespace entente

#endif  // ENTENTE_DATA_VOTE_MATRIX_CACHE_H_
