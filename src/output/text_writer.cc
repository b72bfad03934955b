// Writing answers as aligned text for the terminal.
#include "output/text_writer.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/number_format.h"

namespace entente {
namespace {

// Display width of UTF-8 text: one column per code point.
size_t Width(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

void WriteTextTable(const Table& table, std::ostream& out) {
  size_t n = table.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(n, 0);
  std::vector<bool> numeric(n, true);
  for (size_t i = 0; i < n; ++i) width[i] = Width(table.columns[i].name);
  for (const auto& row : table.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < n; ++i) {
      line.push_back(CellDisplay(row[i], table.columns[i].decimals));
      width[i] = std::max(width[i], Width(line.back()));
      if (row[i].index() == 3) numeric[i] = false;
    }
    cells.push_back(std::move(line));
  }
  auto emit = [&](const std::vector<std::string>& line) {
    std::string text;
    for (size_t i = 0; i < n; ++i) {
      std::string pad(width[i] - Width(line[i]), ' ');
      text += i ? "  " : "";
      text += numeric[i] ? pad + line[i] : line[i] + (i + 1 < n ? pad : "");
    }
    out << text << '\n';
  };
  std::vector<std::string> header;
  for (const auto& c : table.columns) header.push_back(c.name);
  emit(header);
  for (const auto& line : cells) emit(line);
}

void WriteTextRecords(const Table& table, std::ostream& out) {
  size_t width = 0;
  for (const auto& c : table.columns) width = std::max(width, Width(c.name));
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (r) out << "\n";
    for (size_t i = 0; i < table.columns.size(); ++i) {
      const std::string& name = table.columns[i].name;
      out << name << std::string(width - Width(name), ' ') << "  "
          << CellDisplay(table.rows[r][i], table.columns[i].decimals) << "\n";
    }
  }
}

void WriteText(const Answer& answer, std::ostream& out) {
  out << answer.title << "\n";
  for (const Fact& f : answer.facts) out << "  " << f.key << ": " << f.text << "\n";
  for (const auto& s : answer.sections) {
    out << "\n";
    if (answer.sections.size() > 1) out << s.title << "\n";
    if (s.table.empty()) {
      out << "(no rows)\n";
    } else if (s.expanded) {
      WriteTextRecords(s.table, out);
    } else {
      WriteTextTable(s.table, out);
    }
  }
  if (!answer.notes.empty()) out << "\n";
  for (const auto& n : answer.notes) out << "Note: " << n << "\n";
  if (!answer.datasets.empty()) {
    out << "\nData:";
    for (const auto& d : answer.datasets) out << " " << d.id << " (" << d.version << ", sha256 " << d.ShortSha() << ")";
    out << "\n";
  }
}

}  // namespace entente
