// Where the data bundle lives: --data DIR, then $ENTENTE_DATA, then ./data,
// then the user's data folder ($XDG_DATA_HOME/entente, by default
// ~/.local/share/entente).
#ifndef ENTENTE_DATA_DATA_DIR_H_
#define ENTENTE_DATA_DATA_DIR_H_

#include <filesystem>
#include <optional>
#include <string>

#include "core/status.h"
#include "data/manifest.h"

namespace entente {

// The user's data folder, where `entente data fetch` puts the bundle.
std::filesystem::path UserDataDir();

// Finds the bundle. An explicit --data or $ENTENTE_DATA is taken as given
// (an error if it is not a folder); ./data and the user's folder count only
// when they hold at least one file of the manifest. When none does, a data
// error says where it looked and how to get the data.
Result<std::filesystem::path> LocateDataDir(const std::optional<std::string>& flag, const Manifest& manifest);

}  // namespace entente

#endif  // ENTENTE_DATA_DATA_DIR_H_
