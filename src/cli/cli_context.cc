// Common options, workspace and output of the command-line front end.
#include "cli/cli_context.h"

#include <iostream>

#include <unistd.h>

#include <fmt/format.h>

#include "cli/output_target.h"
#include "cli/validators.h"

namespace entente {

void CliContext::AddCommonOptions(CLI::App* command, bool with_output) {
  command->add_option("--data", options_.data,
                      "Folder of the data bundle [default: $ENTENTE_DATA, ./data, then ~/.local/share/entente]");
  if (!with_output) return;
  command->add_option("--format", options_.format,
                      "Output format: table, csv, json or md [default: table on a terminal, csv otherwise]")
      ->transform(NamesOnly(FormatNames()));
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

std::vector<std::string> CliContext::TakeNotes() {
  return workspace_ ? workspace_->TakeNotes() : std::vector<std::string>{};
}

Format CliContext::ChosenFormat() const {
  if (options_.format) return *options_.format;
  if (options_.output.empty() && isatty(STDOUT_FILENO)) return Format::kTable;
  return Format::kCsv;
}

Status CliContext::Emit(const Answer& answer) {
  WriteOptions wo;
  wo.csv_provenance = !options_.no_provenance;
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(options_.output);
  if (!out.ok()) return out.status();
  WriteAnswer(answer, ChosenFormat(), (*out)->stream(), wo);
  return (*out)->Commit();
}

}  // namespace entente

namespace entente {

Status CliContext::EmitStream(const Answer& header, const std::function<Status(RowStream&)>& fill) {
  WriteOptions wo;
  wo.csv_provenance = !options_.no_provenance;
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(options_.output);
  if (!out.ok()) return out.status();
  std::unique_ptr<RowStream> stream = OpenRowStream(ChosenFormat(), (*out)->stream(), header, wo);
  ENTENTE_RETURN_IF_ERROR(fill(*stream));
  stream->Finish();
  return (*out)->Commit();
}

}  // namespace entente
