// A tab-separated cache file: path, size, mtime in ns, sha256.
#include "data/checksum_cache.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "data/sha256.h"

namespace entente {
namespace {

std::filesystem::path CacheFile() { return UserCacheDir() / "checksums.tsv"; }

}  // namespace

std::filesystem::path UserCacheDir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg != '\0') return std::filesystem::path(xdg) / "entente";
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home != nullptr ? home : ".") / ".cache" / "entente";
}

Result<std::string> CachedSha256(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(file, ec);
  auto size = std::filesystem::file_size(abs, ec);
  if (ec) return Status::IoError("cannot read " + file.string());
  auto mtime = std::filesystem::last_write_time(abs, ec).time_since_epoch().count();
  std::string key = abs.string() + '\t' + std::to_string(size) + '\t' + std::to_string(mtime) + '\t';
  {
    std::ifstream in(CacheFile());
    std::string line;
    while (std::getline(in, line)) {
      if (line.size() == key.size() + 64 && line.compare(0, key.size(), key) == 0) return line.substr(key.size());
    }
  }
  Result<std::string> sha = Sha256File(abs);
  if (!sha.ok()) return sha;
  std::filesystem::create_directories(UserCacheDir(), ec);
  std::ofstream out(CacheFile(), std::ios::app);
  if (out) out << key << *sha << '\n';
  return sha;
}

}  // namespace entente
