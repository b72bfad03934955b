// Copying the data bundle into a folder: from another folder or from an
// http(s) URL that serves the bundle's files at their relative paths. Every
// file is verified against the manifest before it is put in place, so a
// failed or tampered download never replaces a good file.
#ifndef ENTENTE_DATA_BUNDLE_FETCH_H_
#define ENTENTE_DATA_BUNDLE_FETCH_H_

#include <filesystem>
#include <functional>
#include <string>

#include "core/status.h"
#include "data/manifest.h"

namespace entente {

// Called after each file with its path in the bundle and "copied",
// "downloaded" or "already there".
using FetchProgress = std::function<void(const DatasetInfo&, const std::string& what)>;

// Copies or downloads every dataset of `manifest` from `from` (a folder, or a
// URL starting with http:// or https://) into `to`. Files already in `to`
// with the right checksum are kept. Returns a data error naming the first
// file whose checksum does not match, an i/o error when one cannot be read,
// downloaded or written.
Status FetchBundle(const std::string& from, const std::filesystem::path& to, const Manifest& manifest,
                   const FetchProgress& progress);

}  // namespace entente

#endif  // ENTENTE_DATA_BUNDLE_FETCH_H_
