// Common options, workspace and output of the command-line front end.
#include "cli/cli_context.h"

#include <fstream>
#include <iostream>

#include <unistd.h>

#include <fmt/format.h>

namespace entente {

void CliContext::AddCommonOptions(CLI::App* command, bool with_output) {
  command->add_option("--data", options_.data,
                      "Folder of the data bundle [default: $ENTENTE_DATA, ./data, then ~/.local/share/entente]");
  if (!with_output) return;
  command->add_option("--format", options_.format,
                      "Output format: table, csv, json or md [default: table on a terminal, csv otherwise]")
      ->transform(CLI::CheckedTransformer(FormatNames(), CLI::ignore_case));
  command->add_option("-o,--output", options_.output, "Write to FILE instead of standard output");
  command->add_flag("--no-provenance", options_.no_provenance,
                    "CSV only: leave out the leading '#' lines naming the query and the datasets");
}

Result<Workspace*> CliContext::workspace() {
  if (!workspace_) {
    Result<std::unique_ptr<Workspace>> ws = Workspace::Open(options_.data);
    if (!ws.ok()) return ws.status();
    workspace_ = std::move(ws.value());
  }
  return workspace_.get();
}

Format CliContext::ChosenFormat() const {
  if (options_.format) return *options_.format;
  if (options_.output.empty() && isatty(STDOUT_FILENO)) return Format::kTable;
  return Format::kCsv;
}

Status CliContext::Emit(const Answer& answer) {
  WriteOptions wo;
  wo.csv_provenance = !options_.no_provenance;
  if (options_.output.empty()) {
    WriteAnswer(answer, ChosenFormat(), std::cout, wo);
    std::cout.flush();
    return Status::Ok();
  }
  std::ofstream out(options_.output, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(fmt::format("cannot write {}", options_.output));
  WriteAnswer(answer, ChosenFormat(), out, wo);
  out.close();
  if (!out) return Status::IoError(fmt::format("error while writing {}", options_.output));
  return Status::Ok();
}

}  // namespace entente

namespace entente {

Status CliContext::EmitStream(const Answer& header, const std::function<Status(RowStream&)>& fill) {
  WriteOptions wo;
  wo.csv_provenance = !options_.no_provenance;
  std::ofstream file;
  if (!options_.output.empty()) {
    file.open(options_.output, std::ios::binary | std::ios::trunc);
    if (!file) return Status::IoError(fmt::format("cannot write {}", options_.output));
  }
  std::ostream& out = options_.output.empty() ? std::cout : file;
  std::unique_ptr<RowStream> stream = OpenRowStream(ChosenFormat(), out, header, wo);
  ENTENTE_RETURN_IF_ERROR(fill(*stream));
  stream->Finish();
  if (!options_.output.empty()) {
    file.close();
    if (!file) return Status::IoError(fmt::format("error while writing {}", options_.output));
  }
  return Status::Ok();
}

}  // namespace entente
