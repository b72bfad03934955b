// `entente data status|verify|fetch`: what the bundle holds, whether it is
// intact, and how to get it (`data cite`, how to cite it, is in cmd_data_cite.cc).
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "data/bundle_check.h"
#include "query/bundle_status.h"
#include "data/bundle_fetch.h"
#include "data/data_dir.h"

namespace entente {
namespace {

struct FetchOptions {
  std::string from;
  std::string to;
};

Status RunStatus(CliContext& ctx) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  std::vector<DatasetCheck> checks;
  return ctx.Emit(BundleStatus((*ws)->data_dir(), (*ws)->manifest(), "data status", &checks));
}

Status RunVerify(CliContext& ctx) {
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  std::vector<DatasetCheck> checks;
  ENTENTE_RETURN_IF_ERROR(ctx.Emit(BundleStatus((*ws)->data_dir(), (*ws)->manifest(), "data verify", &checks)));
  std::vector<std::string> bad;
  for (const DatasetCheck& c : checks) {
    if (c.state != DatasetCheck::State::kFound) {
      bad.push_back(fmt::format("{} ({}: {})", c.info->path, DatasetCheck::StateName(c.state), c.problem));
    }
  }
  if (bad.empty()) return Status::Ok();
  return Status::DataError(fmt::format("{} of {} datasets failed verification: {}", bad.size(), checks.size(),
                                       fmt::join(bad, "; ")));
}

Status RunFetch(const FetchOptions& opts) {
  std::filesystem::path to = opts.to.empty() ? UserDataDir() : std::filesystem::path(opts.to);
  const Manifest& manifest = Manifest::Bundle();
  Status st = FetchBundle(opts.from, to, manifest, [](const DatasetInfo& d, const std::string& what) {
    std::cerr << fmt::format("{:<40} {}\n", d.path, what);
  });
  if (st.ok()) std::cerr << fmt::format("{} datasets verified in {}\n", manifest.datasets().size(), to.string());
  return st;
}

}  // namespace

void SetupDataCommand(CLI::App& app, CliContext& ctx) {
  CLI::App* data = app.add_subcommand("data", "The data bundle: where it is, whether it is intact, how to get it, how to cite it");
  data->require_subcommand(1);
  data->footer(
      "The bundle is found through --data DIR, then $ENTENTE_DATA, then ./data, then\n"
      "$XDG_DATA_HOME/entente (~/.local/share/entente). Its files are checked against the\n"
      "manifest built into entente (path, SHA-256, records, years, citation).");

  CLI::App* status = data->add_subcommand(
      "status", "List each dataset: found, missing, changed or malformed; records; years; citation");
  status->footer(
      "Columns: dataset, path, state, rows, expected_rows, coverage (years), version, sha256, citation.\n"
      "Reads every file once (about a second).\n\n"
      "Examples:\n  entente data status --data ../shared/data\n  entente data status --format json");
  ctx.AddCommonOptions(status);
  status->callback([&ctx] { RunAndRecord(ctx, [&] { return RunStatus(ctx); }); });

  CLI::App* verify = data->add_subcommand(
      "verify", "Check every file's SHA-256 and shape against the manifest; exit 3 naming any that fail");
  verify->footer("Examples:\n  entente data verify --data ../shared/data");
  ctx.AddCommonOptions(verify);
  verify->callback([&ctx] { RunAndRecord(ctx, [&] { return RunVerify(ctx); }); });

  auto fetch_opts = std::make_shared<FetchOptions>();
  CLI::App* fetch = data->add_subcommand(
      "fetch", "Copy or download the bundle into your data folder, verifying each file");
  fetch->add_option("--from", fetch_opts->from, "A folder holding the bundle, or an http:// or https:// URL serving it")
      ->required();
  fetch->add_option("--to", fetch_opts->to, "Where to put it [default: $XDG_DATA_HOME/entente]");
  fetch->footer(
      "Files already present with the right checksum are kept; a file whose checksum does not match\n"
      "the manifest is not installed (exit 3).\n\n"
      "Examples:\n  entente data fetch --from ../shared/data\n  entente data fetch --from http://127.0.0.1:8000/data");
  fetch->callback([&ctx, fetch_opts] { RunAndRecord(ctx, [&] { return RunFetch(*fetch_opts); }); });

  SetupDataCiteCommand(data, ctx);
}

}  // namespace entente
