// A tab-separated cache file, a line per file: path, size, mtime and ctime in
// nanoseconds, device:inode, sha256. Rewritten whole (atomically) when an
// entry changes, so it keeps one line per file.
#include "data/checksum_cache.h"

#include <cstdlib>
#include <sstream>

#include "data/sha256.h"

namespace entente {
namespace {

constexpr size_t kMaxCacheBytes = 4 << 20;  // a cache larger than this is not ours: ignore it
constexpr size_t kShaHexLength = 64;

std::filesystem::path CacheFile() {
  std::filesystem::path dir = UserCacheDir();
  return dir.empty() ? dir : dir / "checksums.tsv";
}

std::filesystem::path Absolute(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(file, ec);
  return ec ? file : abs;
}

bool IsHex(std::string_view s) { return s.find_first_not_of("0123456789abcdef") == std::string_view::npos; }

}  // namespace

std::filesystem::path UserCacheDir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg != '\0') return std::filesystem::path(xdg) / "entente";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return std::filesystem::path(home) / ".cache" / "entente";
  return {};
}

Result<std::string> CachedSha256(const std::filesystem::path& file) {
  std::filesystem::path abs = Absolute(file);
  std::optional<FileStamp> stamp = StampRegularFile(abs);
  if (!stamp) return Status::IoError("cannot read " + file.string());
  std::filesystem::path cache = CacheFile();
  if (!cache.empty()) {
    std::string key = abs.string() + '\t' + stamp->ToString() + '\t';
    if (std::optional<std::string> text = ReadRegularFile(cache, kMaxCacheBytes)) {
      std::istringstream in(*text);
      std::string line;
      while (std::getline(in, line)) {
        if (line.size() == key.size() + kShaHexLength && line.compare(0, key.size(), key) == 0 &&
            IsHex(std::string_view(line).substr(key.size()))) {
          return line.substr(key.size());
        }
      }
    }
  }
  Result<std::string> sha = Sha256File(abs);
  if (!sha.ok()) return sha;
  RecordSha256(abs, *stamp, *sha);
  return sha;
}

void RecordSha256(const std::filesystem::path& file, const FileStamp& stamp, const std::string& sha) {
  std::filesystem::path cache = CacheFile();
  std::filesystem::path abs = Absolute(file);
  // A file written while it was hashed has a hash of no version of it.
  if (cache.empty() || StampRegularFile(abs) != stamp) return;
  std::string prefix = abs.string() + '\t';
  std::string kept;
  if (std::optional<std::string> text = ReadRegularFile(cache, kMaxCacheBytes)) {
    std::istringstream in(*text);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.compare(0, prefix.size(), prefix) != 0) kept += line + '\n';
    }
  }
  kept += prefix + stamp.ToString() + '\t' + sha + '\n';
  std::error_code ec;
  std::filesystem::create_directories(cache.parent_path(), ec);
  // A cache that cannot be written only costs a hash next time.
  (void)WriteFileAtomically(cache, kept);
}

}  // namespace entente
