// The bundle's datasets as an answer: each file's state, records, years,
// version, checksum and citation.
#include "query/bundle_status.h"

#include <fmt/format.h>

namespace entente {

Answer BundleStatus(const std::filesystem::path& dir, const Manifest& manifest, const std::string& command,
                    std::vector<DatasetCheck>* checks) {
  Answer answer;
  answer.command = command;
  answer.title = fmt::format("Data bundle at {}", dir.string());
  answer.AddFact("data_dir", dir.string());
  const double listed = static_cast<double>(manifest.datasets().size());
  answer.AddFact("manifest", listed, "datasets", fmt::format("{} datasets", manifest.datasets().size()), "",
                 "the bundle's manifest");
  Table& t = answer.AddSection("files", "Files of the bundle");
  for (const char* c : {"dataset", "path", "state", "rows", "expected_rows", "coverage", "version", "sha256"}) {
    t.AddColumn(c);
  }
  t.AddColumn("citation");
  int ok = 0;
  for (const DatasetInfo& d : manifest.datasets()) {
    DatasetCheck check = CheckDataset(dir, d, true);
    ok += check.state == DatasetCheck::State::kFound;
    t.AddRow({d.id, d.path, std::string(DatasetCheck::StateName(check.state)),
              check.rows >= 0 ? Cell(check.rows) : Cell(), Cell(d.rows),
              d.years ? Cell(d.years->ToString()) : Cell(), d.version,
              check.sha256.empty() ? Cell() : Cell(check.sha256), d.citation});
    if (!check.problem.empty()) answer.notes.push_back(check.problem);
    checks->push_back(std::move(check));
  }
  answer.AddFact("found", static_cast<double>(ok), "datasets", fmt::format("{} of {}", ok, manifest.datasets().size()),
                 "datasets of the manifest found intact", fmt::format("{} datasets in the manifest", listed));
  return answer;
}

}  // namespace entente
