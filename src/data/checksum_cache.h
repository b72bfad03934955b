// ChecksumCache: remembers the SHA-256 of dataset files, so that queries
// verify the bundle without hashing 100 MB on every run (as git's index
// does). An entry holds no trust of its own: it is reused only while the
// file's size, modification time, change time (both in nanoseconds) and
// inode are those it had when it was hashed, so an edit whose modification
// time is put back (`touch -r`) is hashed again. `entente data verify`
// hashes everything and stores what it found. Kept in $XDG_CACHE_HOME/entente
// (~/.cache/entente); a cache that cannot be read or written (absent, a FIFO,
// a directory, no permission) only means that every run hashes again.
#ifndef ENTENTE_DATA_CHECKSUM_CACHE_H_
#define ENTENTE_DATA_CHECKSUM_CACHE_H_

#include <filesystem>
#include <string>

#include "core/status.h"
#include "data/regular_file.h"

namespace entente {

// $XDG_CACHE_HOME/entente, else $HOME/.cache/entente; empty when neither
// variable is set (then nothing is cached: a cache in the working folder
// would surprise).
std::filesystem::path UserCacheDir();

// The file's SHA-256, from the cache when its stamp is unchanged, else
// computed and stored. An i/o error names the file when it cannot be read.
Result<std::string> CachedSha256(const std::filesystem::path& file);

// Records `sha` as the SHA-256 of `file`, which had `stamp` before it was
// hashed; nothing is stored when the file has changed since (its stamp now
// differs). Replaces any older entry for the file.
void RecordSha256(const std::filesystem::path& file, const FileStamp& stamp, const std::string& sha);

}  // namespace entente

#endif  // ENTENTE_DATA_CHECKSUM_CACHE_H_
