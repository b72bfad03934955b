// `entente data status`: what the bundle holds, as an answer.
#ifndef ENTENTE_QUERY_BUNDLE_STATUS_H_
#define ENTENTE_QUERY_BUNDLE_STATUS_H_

#include <filesystem>
#include <string>
#include <vector>

#include "core/answer.h"
#include "data/bundle_check.h"
#include "data/manifest.h"

namespace entente {

// Checks every dataset of `manifest` in `dir` (reads each file once) and
// returns the table "files" (dataset, path, state, rows, expected_rows,
// coverage, version, sha256, citation) with the facts data_dir, manifest and
// found; a problem with a file is a note, not an error. `command` names the
// answer; each check is appended to `checks`.
Answer BundleStatus(const std::filesystem::path& dir, const Manifest& manifest, const std::string& command,
                    std::vector<DatasetCheck>* checks);

}  // namespace entente

#endif  // ENTENTE_QUERY_BUNDLE_STATUS_H_
