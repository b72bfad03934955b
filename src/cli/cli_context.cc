// Common options, workspace and output of the command-line front end.
#include "cli/cli_context.h"

#include <filesystem>
#include <iostream>

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/output_target.h"
#include "cli/validators.h"
#include "output/csvw_metadata.h"
#include "query/query_args.h"

namespace entente {

void CliContext::AddCommonOptions(CLI::App* command, bool with_output, std::vector<std::string> sections) {
  command->add_option("--data", options_.data,
                      "Folder of the data bundle [default: $ENTENTE_DATA, ./data, then ~/.local/share/entente]");
  if (!with_output) return;
  command->add_option("--format", options_.format,
                      "Output format: table, csv, json or md [default: table on a terminal, csv otherwise]")
      ->transform(NamesOnly(FormatNames()));
  command->add_option("-o,--output", options_.output,
                      "Write to FILE instead of standard output; a CSV FILE gets FILE-metadata.json beside it "
                      "(CSV on the Web). DIR/ (ending in /) writes each table as DIR/TABLE.csv");
  if (sections.size() > 1) {
    command->add_option("--section", options_.section,
                        fmt::format("The table to write: {} [default: {}; JSON holds them all]",
                                    fmt::join(sections, ", "), sections.front()))
        ->check(CLI::IsMember(sections));
  }
  command->add_flag("--comments", options_.comments,
                    "CSV only: start with '#' lines naming the query, facts, notes and datasets "
                    "(read with comment='#')");
  command->add_flag("--no-provenance", options_.no_provenance,
                    "CSV only: no metadata file beside -o FILE (and no '#' lines)");
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
  std::vector<std::string> notes = workspace_ ? workspace_->TakeNotes() : std::vector<std::string>{};
  notes.insert(notes.end(), notes_.begin(), notes_.end());
  notes_.clear();
  return notes;
}

Format CliContext::ChosenFormat() const {
  if (options_.format) return *options_.format;
  if (options_.output.empty() && isatty(STDOUT_FILENO)) return Format::kTable;
  return Format::kCsv;
}

bool CliContext::OutputIsFolder() const {
  if (options_.output.empty()) return false;
  if (options_.output.back() == '/') return true;
  std::error_code ec;
  return std::filesystem::is_directory(options_.output, ec);
}

namespace {

std::vector<std::string> SectionNames(const Answer& answer) {
  std::vector<std::string> names;
  for (const Section& s : answer.sections) names.push_back(s.name);
  return names;
}

}  // namespace

Status CliContext::CheckOutputChoice(const Answer& answer) const {
  if (!options_.section.empty() && FindSection(answer, options_.section) == nullptr) {
    return Status::Usage(fmt::format("--section: this answer has no table {:?}; it has {}", options_.section,
                                     fmt::join(SectionNames(answer), ", ")));
  }
  if (OutputIsFolder() && options_.format && *options_.format != Format::kCsv) {
    return Status::Usage(fmt::format("-o {}: a folder takes one CSV file per table; for --format {} name a file",
                                     options_.output, options_.format == Format::kJson ? "json"
                                                      : options_.format == Format::kMarkdown ? "md" : "table"));
  }
  return Status::Ok();
}

Status CliContext::WriteMetadata(const Answer& answer, const Section& section, const std::string& csv_path) {
  if (options_.no_provenance) return Status::Ok();
  std::string name = std::filesystem::path(csv_path).filename().string();
  return WriteWholeFile(CsvwMetadataPath(csv_path),
                        CsvwMetadata(answer, section, name, command_line_).dump(2) + "\n");
}

Status CliContext::EmitToFolder(const Answer& answer) {
  std::filesystem::path dir(options_.output);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(fmt::format("{}: cannot create the folder: {}", dir.string(), ec.message()));
  for (const Section& section : answer.sections) {
    std::string path = (dir / (section.name + ".csv")).string();
    Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(path);
    if (!out.ok()) return out.status();
    WriteOptions wo;
    wo.csv_comments = options_.comments;
    wo.section = section.name;
    WriteAnswer(answer, Format::kCsv, (*out)->stream(), wo);
    ENTENTE_RETURN_IF_ERROR((*out)->Commit());
    ENTENTE_RETURN_IF_ERROR(WriteMetadata(answer, section, path));
  }
  return Status::Ok();
}

Status CliContext::Emit(Answer answer) {
  if (workspace_) NameRegistryDatasets(*workspace_, answer);
  ENTENTE_RETURN_IF_ERROR(CheckOutputChoice(answer));
  if (!answer.no_rows.empty()) notes_.push_back(answer.no_rows);
  if (OutputIsFolder()) return EmitToFolder(answer);
  const Format format = ChosenFormat();
  WriteOptions wo;
  wo.csv_comments = options_.comments;
  wo.section = options_.section;
  if (format == Format::kCsv && wo.section.empty() && answer.sections.size() > 1 && answer.no_rows.empty()) {
    std::vector<std::string> names = SectionNames(answer);
    notes_.push_back(fmt::format("wrote the table {}; this answer also has {} (--section NAME for another, "
                                 "-o DIR/ for all, --format json for everything)",
                                 names.front(), fmt::join(names.begin() + 1, names.end(), ", ")));
  }
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(options_.output);
  if (!out.ok()) return out.status();
  WriteAnswer(answer, format, (*out)->stream(), wo);
  ENTENTE_RETURN_IF_ERROR((*out)->Commit());
  if (format == Format::kCsv && !options_.output.empty() && !answer.sections.empty()) {
    const Section* section = wo.section.empty() ? &answer.sections.front() : FindSection(answer, wo.section);
    return WriteMetadata(answer, *section, options_.output);
  }
  return Status::Ok();
}

Status CliContext::EmitStream(const Answer& given, const std::function<Status(RowStream&)>& fill) {
  // The stream keeps a reference to the header: it lives to the end here.
  Answer header = given;  // the header only: its sections hold no rows
  if (workspace_) NameRegistryDatasets(*workspace_, header);
  ENTENTE_RETURN_IF_ERROR(CheckOutputChoice(header));
  std::string path = options_.output;
  if (OutputIsFolder()) {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) return Status::IoError(fmt::format("{}: cannot create the folder: {}", path, ec.message()));
    path = (std::filesystem::path(path) / (header.sections.at(0).name + ".csv")).string();
  }
  const Format format = OutputIsFolder() ? Format::kCsv : ChosenFormat();
  WriteOptions wo;
  wo.csv_comments = options_.comments;
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(path);
  if (!out.ok()) return out.status();
  std::unique_ptr<RowStream> stream = OpenRowStream(format, (*out)->stream(), header, wo);
  ENTENTE_RETURN_IF_ERROR(fill(*stream));
  stream->Finish();
  ENTENTE_RETURN_IF_ERROR((*out)->Commit());
  if (format == Format::kCsv && !path.empty()) return WriteMetadata(header, header.sections.at(0), path);
  return Status::Ok();
}

}  // namespace entente
