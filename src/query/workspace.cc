// Opening the bundle and verifying datasets on first use.
#include "query/workspace.h"

#include <fstream>

#include <fmt/format.h>

#include "data/checksum_cache.h"
#include "data/data_dir.h"
#include "data/regular_file.h"

namespace entente {

Workspace::Workspace(std::filesystem::path dir, const Manifest& manifest)
    : dir_(std::move(dir)), manifest_(manifest) {}

Result<std::unique_ptr<Workspace>> Workspace::Open(const std::optional<std::string>& data_flag) {
  const Manifest& manifest = Manifest::Bundle();
  Result<std::filesystem::path> dir = LocateDataDir(data_flag, manifest);
  if (!dir.ok()) return dir.status();
  return std::make_unique<Workspace>(*dir, manifest);
}

Result<std::filesystem::path> Workspace::DatasetPath(std::string_view id) {
  if (auto it = verified_.find(id); it != verified_.end()) return it->second;
  const DatasetInfo* info = manifest_.Find(id);
  if (info == nullptr) return Status::Runtime(fmt::format("no dataset \"{}\" in the manifest", id));
  std::filesystem::path path = dir_ / info->path;
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) {
    return Status::DataError(fmt::format("{}: missing from the data bundle at {}; get it with "
                                         "`entente data fetch --from DIR|URL`", info->path, dir_.string()));
  }
  if (Status file = CheckRegularFile(path, path.string()); !file.ok()) {
    return Status::DataError(file.message() + "; restore it with `entente data fetch --from DIR|URL`");
  }
  Result<std::string> sha = CachedSha256(path);
  if (!sha.ok()) return Status::DataError(sha.status().message());
  if (*sha != info->sha256) {
    return Status::DataError(fmt::format("{}: changed (sha256 {}, expected {}); entente's definitions are "
                                         "checked against the published file: restore it with "
                                         "`entente data fetch --from DIR|URL`", path.string(), sha->substr(0, 16),
                                         info->ShortSha()));
  }
  verified_.emplace(std::string(id), path);
  return path;
}

DatasetRef Workspace::Ref(std::string_view id) const {
  const DatasetInfo* info = manifest_.Find(id);
  if (info == nullptr) return DatasetRef{std::string(id), std::string(id), "", "", ""};
  return DatasetRef{info->id, info->title, info->version, info->sha256, info->citation};
}

Result<const CountryRegistry*> Workspace::Registry() {
  if (registry_) return &*registry_;
  Result<std::filesystem::path> codelist = DatasetPath("codelist");
  if (!codelist.ok()) return codelist.status();
  Result<std::filesystem::path> states = DatasetPath("cow_states");
  if (!states.ok()) return states.status();
  Result<CountryRegistry> reg = CountryRegistry::Load(dir_);
  if (!reg.ok()) return reg.status();
  registry_ = std::move(reg.value());
  return &*registry_;
}

Result<const Country*> Workspace::ResolveCountry(std::string_view query) {
  Result<const CountryRegistry*> reg = Registry();
  if (!reg.ok()) return reg.status();
  return (*reg)->Resolve(query);
}

}  // namespace entente
