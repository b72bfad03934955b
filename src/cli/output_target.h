// OutputTarget: where a command's answer goes, written all or nothing. With
// -o FILE the answer is written to a temporary file in FILE's folder and
// renamed into place only when every byte was written, so a failed command
// leaves the old FILE (or none), never a part. On standard output a write
// error (a full disk, a closed descriptor) is a failure with a message; a
// reader that closed the pipe early (`entente ... | head`) is not.
#ifndef ENTENTE_CLI_OUTPUT_TARGET_H_
#define ENTENTE_CLI_OUTPUT_TARGET_H_

#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>

#include "core/status.h"

namespace entente {

class OutputTarget {
 public:
  // Standard output when `path` is empty, else a temporary file beside
  // `path`; an i/o error when the folder cannot take it.
  static Result<std::unique_ptr<OutputTarget>> Open(const std::string& path);
  // Removes the temporary file unless Commit succeeded.
  ~OutputTarget();
  OutputTarget(const OutputTarget&) = delete;
  OutputTarget& operator=(const OutputTarget&) = delete;

  std::ostream& stream();
  // Flushes, and for a file renames it into place. An i/o error naming the
  // file (or standard output) and the system's reason when anything failed.
  Status Commit();

 private:
  OutputTarget() = default;
  std::filesystem::path path_;  // empty: standard output
  std::filesystem::path tmp_;
  std::ofstream file_;
  bool committed_ = false;
};

// Call first thing in main: std::cout then writes to descriptor 1 directly,
// remembering the first error. When the process starts with standard output
// closed (`>&-`), descriptor 1 is kept from being reused by the next open, and
// writing an answer there fails with a message.
void SetUpStdout();

// Flushes standard output and says whether everything written reached it:
// OK, or OK when the reader closed the pipe; an i/o error otherwise.
Status FlushStdout();

// Writes `text` to `path` all or nothing, as OutputTarget does.
Status WriteWholeFile(const std::filesystem::path& path, const std::string& text);

}  // namespace entente

#endif  // ENTENTE_CLI_OUTPUT_TARGET_H_
