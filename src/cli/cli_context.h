// CliContext: what every subcommand shares: the common options (--data,
// --format, -o, --section, --comments, --no-provenance), the workspace opened
// on first use, the writing of answers, and the Status that decides the exit
// code.
#ifndef ENTENTE_CLI_CLI_CONTEXT_H_
#define ENTENTE_CLI_CLI_CONTEXT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/answer.h"
#include "core/status.h"
#include "output/format.h"
#include "output/row_stream.h"
#include "query/workspace.h"

namespace entente {

struct CommonOptions {
  std::optional<std::string> data;
  std::optional<Format> format;
  std::string output;
  std::string section;
  bool comments = false;
  bool no_provenance = false;
};

class CliContext {
 public:
  CommonOptions& options() { return options_; }
  // Adds --data, --format, -o, --section, --comments and --no-provenance to a
  // subcommand, worded the same everywhere. `sections` names the tables of a
  // command whose answer has several, the first being the default of CSV.
  void AddCommonOptions(CLI::App* command, bool with_output = true, std::vector<std::string> sections = {});

  // The workspace, opened on first use (a data error when the bundle is not found).
  Result<Workspace*> workspace();
  // Writes the answer to -o FILE, -o DIR/ (one CSV per table) or stdout in the
  // chosen format: --format, else an aligned table on a terminal and CSV
  // otherwise. A CSV file gets its CSVW metadata beside it. An answer with no
  // rows is written (headers only) and its reason noted on stderr.
  // Takes the answer by value: it names its registry datasets before writing.
  Status Emit(Answer answer);
  Format ChosenFormat() const;
  // Streams a large table: `fill` receives a RowStream in the chosen format
  // (to -o FILE or stdout) after `header` is written; `header` must outlive it.
  Status EmitStream(const Answer& header, const std::function<Status(RowStream&)>& fill);

  // The workspace's notes, if one was opened (see Workspace::AddNote), and
  // those of writing the answer.
  std::vector<std::string> TakeNotes();
  // A note for standard error, written after the command's output.
  void AddNote(std::string note) { notes_.push_back(std::move(note)); }

  // The command line as typed, for the metadata of what is written.
  void set_command_line(std::string line) { command_line_ = std::move(line); }
  const std::string& command_line() const { return command_line_; }

  // The outcome of the command that ran.
  void set_status(Status status) { status_ = std::move(status); }
  const Status& status() const { return status_; }

 private:
  // -o names a folder: "DIR/" or an existing directory.
  bool OutputIsFolder() const;
  // Checks --section and -o DIR/ against the answer and the format.
  Status CheckOutputChoice(const Answer& answer) const;
  Status EmitToFolder(const Answer& answer);
  // FILE.csv-metadata.json beside -o FILE, for CSV.
  Status WriteMetadata(const Answer& answer, const Section& section, const std::string& csv_path);

  CommonOptions options_;
  std::unique_ptr<Workspace> workspace_;
  std::vector<std::string> notes_;
  std::string command_line_;
  Status status_;
};

// Runs `body` as a subcommand's callback and records its Status.
template <typename Fn>
void RunAndRecord(CliContext& ctx, Fn body) {
  ctx.set_status(body());
}

}  // namespace entente

#endif  // ENTENTE_CLI_CLI_CONTEXT_H_
