// Writing answers as Markdown.
#include "output/markdown_writer.h"

#include "core/number_format.h"

namespace entente {

std::string MarkdownText(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '<') {
      out += "&lt;";  // no text from data becomes an HTML tag
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (char c : MarkdownText(text)) {
    if (c == '|') out += '\\';  // a pipe would end the cell
    out += c;
  }
  return out;
}

void WriteMarkdownTable(const Table& table, std::ostream& out) {
  out << '|';
  for (const auto& c : table.columns) out << ' ' << MarkdownCell(c.name) << " |";
  out << "\n|";
  for (size_t i = 0; i < table.columns.size(); ++i) out << " --- |";
  out << '\n';
  for (const auto& row : table.rows) {
    out << '|';
    for (size_t i = 0; i < row.size(); ++i) out << ' ' << MarkdownCell(CellDisplay(row[i], table.columns[i].decimals)) << " |";
    out << '\n';
  }
}

void WriteMarkdown(const Answer& answer, std::ostream& out) {
  out << "## " << MarkdownCell(answer.title) << "\n\n";
  for (const Fact& f : answer.facts) out << "- **" << f.key << "**: " << f.text << '\n';
  if (!answer.facts.empty()) out << '\n';
  for (const auto& s : answer.sections) {
    if (answer.sections.size() > 1) out << "### " << MarkdownCell(s.title) << "\n\n";
    if (s.table.empty()) {
      out << "(no rows)\n\n";
    } else if (s.expanded) {
      for (const auto& row : s.table.rows) {
        for (size_t i = 0; i < row.size(); ++i) {
          out << (i == 0 ? "- **" : "  - **") << s.table.columns[i].name << "**: "
              << MarkdownCell(CellDisplay(row[i], s.table.columns[i].decimals)) << "\n";
        }
      }
      out << '\n';
    } else {
      WriteMarkdownTable(s.table, out);
      out << '\n';
    }
  }
  for (const auto& n : answer.notes) out << "> " << n << "\n\n";
  if (!answer.datasets.empty()) {
    out << "Data: ";
    for (size_t i = 0; i < answer.datasets.size(); ++i) {
      const auto& d = answer.datasets[i];
      out << (i ? "; " : "") << d.title << " (`" << d.id << "`, " << d.version << ", sha256 `" << d.ShortSha() << "`)";
    }
    out << ".\n";
  }
}

}  // namespace entente
