// `entente data cite [DATASET ...] [--metadata FILE]`: the references of the
// bundle's datasets (all, those named, or those a written table used) as text,
// BibTeX or JSON, from the manifest built into entente.
#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/validators.h"
#include "data/csvw_sources.h"
#include "data/manifest.h"
#include "output/citations.h"

namespace entente {
namespace {

struct CiteOptions {
  std::vector<std::string> datasets;
  std::string metadata;
  CitationFormat format = CitationFormat::kText;
  std::string output;
};

const std::map<std::string, CitationFormat>& CitationFormatNames() {
  static const std::map<std::string, CitationFormat> names = {
      {"text", CitationFormat::kText}, {"bibtex", CitationFormat::kBibtex}, {"json", CitationFormat::kJson}};
  return names;
}

std::string KnownIds(const Manifest& manifest) {
  std::string ids;
  for (const DatasetInfo& d : manifest.datasets()) ids += (ids.empty() ? "" : ", ") + d.id;
  return ids;
}

// Appends `d` unless it is there already.
void Add(std::vector<const DatasetInfo*>& list, const DatasetInfo* d) {
  for (const DatasetInfo* e : list) {
    if (e == d) return;
  }
  list.push_back(d);
}

Status RunCite(CliContext& ctx, const CiteOptions& o) {
  const Manifest& manifest = Manifest::Bundle();
  std::vector<const DatasetInfo*> cited;
  if (!o.metadata.empty()) {
    Result<std::vector<CsvwSource>> sources = ReadCsvwSources(o.metadata);
    if (!sources.ok()) return sources.status();
    for (const CsvwSource& s : *sources) {
      const DatasetInfo* d = manifest.Find(s.id);
      if (d == nullptr) {
        return Status::Usage(fmt::format("{}: names the dataset \"{}\", which this entente's manifest does not "
                                         "hold (its datasets: {})", o.metadata, s.id, KnownIds(manifest)));
      }
      if (!s.sha256.empty() && s.sha256 != d->sha256) {
        ctx.AddNote(fmt::format("{}: the table read {} with SHA-256 {}, not the manifest's {}: it was made from "
                                "another version of the file; the reference given is the manifest's ({})",
                                o.metadata, d->id, s.sha256, d->sha256, d->version));
      }
      Add(cited, d);
    }
    if (sources->empty()) ctx.AddNote(fmt::format("{}: the table names no dataset; nothing to cite", o.metadata));
  }
  for (const std::string& id : o.datasets) {
    const DatasetInfo* d = manifest.Find(id);
    if (d == nullptr) {
      return Status::Usage(fmt::format("data cite: no dataset \"{}\"; the bundle's datasets are: {}", id,
                                       KnownIds(manifest)));
    }
    Add(cited, d);
  }
  if (o.metadata.empty() && o.datasets.empty()) {
    for (const DatasetInfo& d : manifest.datasets()) cited.push_back(&d);
  }
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(o.output);
  if (!out.ok()) return out.status();
  WriteCitations(cited, o.format, (*out)->stream());
  return (*out)->Commit();
}

}  // namespace

void SetupDataCiteCommand(CLI::App* data, CliContext& ctx) {
  auto opts = std::make_shared<CiteOptions>();
  CLI::App* cite = data->add_subcommand(
      "cite", "How to cite the datasets: all of the bundle, those named, or those a written table used");
  cite->add_option("DATASET", opts->datasets, "Dataset ids (as `entente data status` lists them) [default: all]");
  cite->add_option("--metadata", opts->metadata,
                   "Cite the datasets a table used, from the FILE.csv-metadata.json that -o FILE.csv wrote")
      ->check(CLI::ExistingFile);
  cite->add_option("--format", opts->format, "Output format: text, bibtex or json [default: text]")
      ->transform(NamesOnly(CitationFormatNames()));
  cite->add_option("-o,--output", opts->output, "Write to FILE instead of standard output (e.g. data.bib)");
  cite->footer(
      "One reference per dataset, from the manifest built into entente: text gives the full citation, the\n"
      "version, the file and its full SHA-256, the licence and the source page; bibtex one @article, @book or\n"
      "@misc entry per dataset (author, title, year, journal or publisher, version, url where the citation has\n"
      "one, and a note with the version and SHA-256 of the file); json an array of objects (id, title, version,\n"
      "path, sha256, citation, licence, source, bibtex). An unknown dataset id is a usage error (exit 2); a\n"
      "metadata file that cannot be read exits 2, one that is not JSON or lacks its \"dc:source\" list exits 3\n"
      "naming the file (as a malformed claim file does).\n\n"
      "Examples:\n  entente data cite\n  entente data cite un_votes cow_nmc --format bibtex -o data.bib\n"
      "  entente votes PAK CHN -o votes.csv && entente data cite --metadata votes.csv-metadata.json\n"
      "  entente data cite sipri_transfers --format json");
  cite->callback([&ctx, opts] { RunAndRecord(ctx, [&] { return RunCite(ctx, *opts); }); });
}

}  // namespace entente
