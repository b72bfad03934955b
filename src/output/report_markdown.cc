// Markdown form of a report.
#include "output/report_markdown.h"

#include <fmt/format.h>

#include "output/markdown_writer.h"

namespace entente {

void WriteReportMarkdown(const Report& r, std::string_view chart_dir, std::ostream& out) {
  out << "# " << MarkdownText(r.title) << "\n\n" << MarkdownText(r.a_label) << " and " << MarkdownText(r.b_label) << ", " << r.period.ToString() << ".";
  if (!r.compare.empty()) out << " Compared with " << fmt::format("{}", fmt::join(r.compare, ", ")) << ".";
  out << "\n\n";
  for (const std::string& n : r.notes) out << "_" << MarkdownText(n) << "_\n\n";

  out << "## Summary\n\n| figure | value | | period | measure | dataset |\n|---|---|---|---|---|---|\n";
  for (const Headline& h : r.summary) {
    out << "| " << MarkdownCell(h.label) << " | **" << MarkdownCell(h.text) << "** | " << MarkdownCell(h.detail)
        << " | " << MarkdownCell(h.period)
        << " | " << MarkdownCell(h.measure) << " | " << MarkdownCell(h.dataset) << " |\n";
  }
  out << "\n";
  for (const ReportPart& p : r.parts) {
    out << "## " << MarkdownText(p.title) << "\n\n";
    for (const std::string& m : p.missing) out << "> **Not in the data:** " << MarkdownText(m) << "\n\n";
    for (const ReportFact& f : p.facts) out << "- **" << MarkdownText(f.label) << "**: " << MarkdownText(f.value) << "\n";
    if (!p.facts.empty()) out << "\n";
    for (const Chart& c : p.charts) {
      out << "![" << MarkdownText(c.title) << "](" << chart_dir << "/" << c.name << ".svg)\n\n_" << MarkdownText(c.caption) << "_\n\n";
    }
    for (const Section& s : p.tables) {
      out << "### " << MarkdownText(s.title) << "\n\n";
      WriteMarkdownTable(s.table, out);
      out << "\n";
    }
    for (const std::string& n : p.notes) out << "- _" << MarkdownText(n) << "_\n";
    if (!p.notes.empty()) out << "\n";
    if (!p.datasets.empty()) out << "Datasets: " << fmt::format("{}", fmt::join(p.datasets, ", ")) << "\n\n";
  }
  out << "## Data and definitions\n\n### Measures\n\n";
  for (const MeasureDefinition& m : r.measures) out << "- **" << MarkdownText(m.name) << "**: " << MarkdownText(m.definition) << "\n";
  out << "\n### Datasets\n\n| name | title | version | sha256 | citation |\n|---|---|---|---|---|\n";
  for (const DatasetRef& d : r.datasets) {
    out << "| " << d.id << " | " << MarkdownCell(d.title) << " | " << MarkdownCell(d.version) << " | `" << d.ShortSha()
        << "` | " << MarkdownCell(d.citation) << " |\n";
  }
  out << "\n_Written by entente " << r.version << "._\n";
}

}  // namespace entente
