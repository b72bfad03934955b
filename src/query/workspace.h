// Workspace: the open data bundle as queries see it. Finds the bundle, checks
// each dataset before a loader reads it (present, checksum as in the
// manifest), builds the country registry once, and keeps the provenance of
// every dataset a query used. The CLI and the server each hold one.
#ifndef ENTENTE_QUERY_WORKSPACE_H_
#define ENTENTE_QUERY_WORKSPACE_H_

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/answer.h"
#include "core/country.h"
#include "core/status.h"
#include "data/country_registry.h"
#include "data/manifest.h"

namespace entente {

class Workspace {
 public:
  // Locates the bundle (see LocateDataDir) for the manifest built into entente.
  static Result<std::unique_ptr<Workspace>> Open(const std::optional<std::string>& data_flag);
  // A workspace over `dir` without searching (tests).
  Workspace(std::filesystem::path dir, const Manifest& manifest);

  const std::filesystem::path& data_dir() const { return dir_; }
  const Manifest& manifest() const { return manifest_; }

  // The path of dataset `id` after checking that it is there and unchanged;
  // a data error (exit 3) otherwise, naming the file and how to repair it.
  Result<std::filesystem::path> DatasetPath(std::string_view id);
  // Provenance of dataset `id` as listed in the manifest.
  DatasetRef Ref(std::string_view id) const;

  // The registry, built on first use from codelist.csv and cow_states.csv.
  Result<const CountryRegistry*> Registry();
  // Resolves what a user typed to one state (usage error when ambiguous or unknown).
  Result<const Country*> ResolveCountry(std::string_view query);

  // Notes for the user about how an answer was reached that are not part of
  // it (a damaged cache rebuilt); the front end shows them on stderr.
  void AddNote(std::string note) { notes_.push_back(std::move(note)); }
  std::vector<std::string> TakeNotes() { return std::exchange(notes_, {}); }

  // Loaded models kept for the life of the workspace (the server answers many
  // queries from one load). Returns null when `key` was not stored.
  template <typename T>
  std::shared_ptr<const T> Recall(const std::string& key) const {
    auto it = memo_.find(key);
    return it == memo_.end() ? nullptr : std::static_pointer_cast<const T>(it->second);
  }
  template <typename T>
  void Remember(const std::string& key, std::shared_ptr<const T> value) {
    memo_[key] = std::move(value);
  }
  // The model under `key`: loaded by `load` (which returns Result<T>) on first
  // use and kept, so that a report or a claim file that asks many questions
  // of one dataset reads it once.
  template <typename T, typename Load>
  Result<std::shared_ptr<const T>> LoadOnce(const std::string& key, Load&& load) {
    if (auto kept = Recall<T>(key)) return kept;
    Result<T> loaded = load();
    if (!loaded.ok()) return loaded.status();
    auto value = std::make_shared<const T>(std::move(*loaded));
    Remember<T>(key, value);
    return value;
  }

 private:
  std::filesystem::path dir_;
  const Manifest& manifest_;
  std::map<std::string, std::filesystem::path, std::less<>> verified_;
  std::optional<CountryRegistry> registry_;
  std::map<std::string, std::shared_ptr<const void>> memo_;
  std::vector<std::string> notes_;
};

}  // namespace entente

#endif  // ENTENTE_QUERY_WORKSPACE_H_
