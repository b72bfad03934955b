// ChecksumCache: remembers the SHA-256 of dataset files by path, size and
// modification time, so that queries verify the bundle without hashing 100 MB
// on every run (as git's index does). `entente data verify` ignores it and
// hashes everything. Kept in $XDG_CACHE_HOME/entente (~/.cache/entente); when
// that cannot be written, every run simply hashes again.
#ifndef ENTENTE_DATA_CHECKSUM_CACHE_H_
#define ENTENTE_DATA_CHECKSUM_CACHE_H_

#include <filesystem>
#include <string>

#include "core/status.h"

namespace entente {

std::filesystem::path UserCacheDir();

// The file's SHA-256, from the cache when its size and mtime are unchanged,
// else computed and stored.
Result<std::string> CachedSha256(const std::filesystem::path& file);

}  // namespace entente

#endif  // ENTENTE_DATA_CHECKSUM_CACHE_H_
