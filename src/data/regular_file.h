// Opening files that entente reads or caches without ever blocking on them:
// a FIFO, a device or a directory where a dataset or a cache file should be
// is reported (or, for a cache, ignored), never opened and waited on.
#ifndef ENTENTE_DATA_REGULAR_FILE_H_
#define ENTENTE_DATA_REGULAR_FILE_H_

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/status.h"

namespace entente {

// What identifies one version of a file's contents without reading them: a
// file whose size, modification time, change time and inode all match was
// not written since (a `touch -r` that restores the modification time still
// moves the change time).
struct FileStamp {
  uint64_t device = 0;
  uint64_t inode = 0;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  int64_t ctime_ns = 0;
  bool operator==(const FileStamp&) const = default;
  // "size\tmtime\tctime\tdevice:inode", the stamp's form in cache files.
  std::string ToString() const;
};

// Why `path` (named `name` in messages) cannot be read as a dataset: a data
// error saying it is missing, a directory, a FIFO or other special file, or
// unreadable (with the system's reason); OK for a readable regular file.
Status CheckRegularFile(const std::filesystem::path& path, const std::string& name);

// The stamp of a regular file; nullopt when it is not one or cannot be stat'ed.
std::optional<FileStamp> StampRegularFile(const std::filesystem::path& path);

// Reads a whole regular file of at most `max_bytes` into a string, opening it
// without blocking; nullopt when it is absent, special, larger or unreadable
// (for caches, which are rebuilt when they cannot be used).
std::optional<std::string> ReadRegularFile(const std::filesystem::path& path, size_t max_bytes);

// Writes `bytes` to `path` through a temporary file in the same folder and a
// rename, so that readers see the old contents or the new, never a part.
Status WriteFileAtomically(const std::filesystem::path& path, const std::string& bytes);

}  // namespace entente

#endif  // ENTENTE_DATA_REGULAR_FILE_H_
