// The search for the data bundle.
#include "data/data_dir.h"

#include <cstdlib>
#include <vector>

#include <fmt/format.h>

namespace entente {
namespace {

bool HoldsBundle(const std::filesystem::path& dir, const Manifest& manifest) {
  std::error_code ec;
  for (const DatasetInfo& d : manifest.datasets()) {
    if (std::filesystem::is_regular_file(dir / d.path, ec)) return true;
  }
  return false;
}

}  // namespace

std::filesystem::path UserDataDir() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg != nullptr && *xdg != '\0') return std::filesystem::path(xdg) / "entente";
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home != nullptr ? home : ".") / ".local" / "share" / "entente";
}

Result<std::filesystem::path> LocateDataDir(const std::optional<std::string>& flag, const Manifest& manifest) {
  std::error_code ec;
  if (flag) {
    if (!std::filesystem::is_directory(*flag, ec)) {
      return Status::DataError(fmt::format("--data {}: no such folder", *flag));
    }
    return std::filesystem::path(*flag);
  }
  const char* env = std::getenv("ENTENTE_DATA");
  if (env != nullptr && *env != '\0') {
    if (!std::filesystem::is_directory(env, ec)) {
      return Status::DataError(fmt::format("ENTENTE_DATA={}: no such folder", env));
    }
    return std::filesystem::path(env);
  }
  std::vector<std::string> looked = {"--data (not given)", "$ENTENTE_DATA (not set)"};
  for (const std::filesystem::path& dir : {std::filesystem::path("data"), UserDataDir()}) {
    if (HoldsBundle(dir, manifest)) return dir;
    looked.push_back(fmt::format("{} ({})", dir.string(),
                                 std::filesystem::is_directory(dir, ec) ? "no dataset files" : "not there"));
  }
  return Status::DataError(fmt::format(
      "no data bundle found; looked in: {}. Pass --data DIR or set ENTENTE_DATA to the bundle's folder, "
      "or copy it into {} with `entente data fetch --from DIR|URL`",
      fmt::join(looked, ", "), UserDataDir().string()));
}

}  // namespace entente
