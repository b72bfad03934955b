// `entente report A B`: the evidence on a relationship as one document (HTML,
// Markdown with SVG charts, or JSON).
#include <filesystem>
#include <iostream>
#include <map>

#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/year_options.h"
#include "cli/validators.h"
#include "output/report_html.h"
#include "output/report_json.h"
#include "output/report_markdown.h"
#include "output/svg_chart.h"
#include "query/report/report.h"

namespace entente {
namespace {

enum class ReportFormat { kHtml, kMarkdown, kJson };

struct ReportOptions {
  std::string a, b;
  YearFlags years;
  std::vector<std::string> compare;
  std::optional<std::string> claims;
  std::vector<std::string> events;
  ReportFormat format = ReportFormat::kHtml;
  std::string output;
  std::string measure = "agree";
  bool ideal = false;
};

const char* Extension(ReportFormat f) {
  switch (f) {
    case ReportFormat::kHtml: return "html";
    case ReportFormat::kMarkdown: return "md";
    case ReportFormat::kJson: return "json";
  }
  return "";
}

// The SVG charts of a Markdown report go into "<stem>_charts" beside it.
Status WriteMarkdown(const Report& report, const std::filesystem::path& path) {
  std::filesystem::path dir = path.parent_path() / (path.stem().string() + "_charts");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(fmt::format("cannot create {}: {}", dir.string(), ec.message()));
  for (const ReportPart& part : report.parts) {
    for (const Chart& chart : part.charts) {
      ENTENTE_RETURN_IF_ERROR(WriteWholeFile(dir / (chart.name + ".svg"), SvgChart(chart)));
    }
  }
  std::ostringstream md;
  WriteReportMarkdown(report, dir.filename().string(), md);
  return WriteWholeFile(path, md.str());
}

Status Run(CliContext& ctx, const ReportOptions& o) {
  ReportRequest req;
  req.a = o.a;
  req.b = o.b;
  req.from = o.years.from;
  req.to = o.years.to;
  for (const std::string& item : o.compare) {
    Result<std::pair<std::string, std::string>> dyad = ParseDyad(item);
    if (!dyad.ok()) return dyad.status();
    req.compare.push_back(*dyad);
  }
  req.claims_file = o.claims;
  req.event_files = o.events;
  req.vote_measure = o.measure;
  req.ideal_points = o.ideal;
  // Without -o a report for a terminal goes to a file named after the pair;
  // HTML and JSON may go to a pipe, Markdown needs a place for its charts.
  std::string output = o.output;
  bool to_terminal = isatty(STDOUT_FILENO);
  if (output.empty() && o.format == ReportFormat::kMarkdown && !to_terminal) {
    return Status::Usage("report --format md writes its charts as SVG files beside the Markdown: give -o FILE.md");
  }
  auto ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Report> report = BuildReport(**ws, req);
  if (!report.ok()) return report.status();
  if (output.empty() && to_terminal) {
    output = fmt::format("report-{}-{}-{}.{}", report->a_code, report->b_code, report->period.ToString(),
                         Extension(o.format));
  }
  Status written;
  if (o.format == ReportFormat::kMarkdown) {
    written = WriteMarkdown(*report, output);
  } else {
    std::ostringstream text;
    if (o.format == ReportFormat::kHtml) {
      WriteReportHtml(*report, text);
    } else {
      WriteReportJson(*report, text);
    }
    if (output.empty()) {
      std::cout << text.str();
      return FlushStdout();
    }
    written = WriteWholeFile(output, text.str());
  }
  if (!written.ok()) return written;
  // A file was written: say what, since nothing else is printed.
  size_t charts = 0, missing = 0;
  for (const ReportPart& part : report->parts) charts += part.charts.size(), missing += part.missing.size();
  std::cerr << fmt::format("entente: wrote {} ({}): {} parts, {} charts{}{}\n", output, report->title,
                           report->parts.size(), charts,
                           o.format == ReportFormat::kMarkdown ? " as SVG files beside it" : "",
                           missing ? fmt::format(", {} notes on missing data", missing) : "");
  return Status::Ok();
}

}  // namespace

void SetupReportCommand(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "The evidence on a relationship in one document: HTML with charts, Markdown with SVG charts, or JSON");
  cmd->add_option("A", o->a, "First state (name, ISO2, ISO3 or COW code)")->required();
  cmd->add_option("B", o->b, "Second state")->required();
  AddYearOptions(cmd, &o->years, "the first year both states existed");
  cmd->add_option("--compare", o->compare, "Comparison dyads drawn beside A-B, e.g. IND-USA,PAK-USA")
      ->delimiter(',');
  cmd->add_option("--claims", o->claims, "A claim file to check and include (see docs/CLAIMS.md)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--events", o->events, "An event file merged with the built-in record (repeatable)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--measure", o->measure, "Agreement measure of the voting chart: agree, ia, s, kappa or pi")
      ->capture_default_str();
  cmd->add_flag("--ideal", o->ideal,
                "Add the ideal points of the report's states in the period's sessions (fits the model: about a "
                "second more)");
  static const std::map<std::string, ReportFormat> formats{
      {"html", ReportFormat::kHtml}, {"md", ReportFormat::kMarkdown}, {"json", ReportFormat::kJson}};
  cmd->add_option("--format", o->format, "html (one self-contained page), md (Markdown and SVG files) or json")
      ->transform(NamesOnly(formats));
  cmd->add_option("-o,--output", o->output,
                  "Write to FILE [default: standard output, or report-A-B-PERIOD.EXT on a terminal]");
  ctx.AddCommonOptions(cmd, false);
  cmd->footer(
      "Parts: summary (headline figures with measure, period and dataset); UN General Assembly voting (the\n"
      "measure by year for the pair and the comparison dyads, alignment by issue, closest partners, ideal\n"
      "points with --ideal); arms transfers (imports by supplier and year, the flows between the two with shares, deals);\n"
      "material power (CINC of each and of the coalitions); alliances, IGOs, contiguity, rivalry, disputes,\n"
      "vetoes and nuclear cooperation; the events of the pair; the claims of --claims with verdicts; and every\n"
      "dataset (version, sha256 prefix, citation) and measure definition. A part the data cannot fill says\n"
      "what is missing. The period defaults to the first year both states existed through the last year of\n"
      "any dataset; each part keeps to its dataset's years.\n"
      "HTML works offline: vega, vega-lite and vega-embed are inside the page. Markdown writes FILE.md and\n"
      "FILE_charts/*.svg. JSON holds every number at full precision.\n\n"
      "Examples:\n"
      "  entente report PAK CHN --from 2013 --to 2018 --compare IND-USA,PAK-USA,IND-CHN -o pak-chn.html\n"
      "  entente report PAK CHN --claims claims/pakistan-china-beyond-cpec.toml --format md -o pak-chn.md\n"
      "  entente report India \"United States\" --from 1991 --format json > ind-usa.json");
  cmd->callback([&ctx, o] { RunAndRecord(ctx, [&]() -> Status { return Run(ctx, *o); }); });
}

}  // namespace entente
