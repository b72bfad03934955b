// Writing tables as CSV.
#include "output/csv_writer.h"

#include "core/number_format.h"

namespace entente {

std::string CsvEscape(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void WriteCsvTable(const Table& table, std::ostream& out) {
  std::string line;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i) line += ',';
    line += CsvEscape(table.columns[i].name);
  }
  out << line << '\n';
  for (const auto& row : table.rows) {
    line.clear();
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) line += ',';
      line += CsvEscape(CellText(row[i]));
    }
    out << line << '\n';
  }
}

void WriteCsvComments(const Answer& answer, std::ostream& out) {
  out << "# " << answer.title << '\n';
  for (const Fact& f : answer.facts) out << "# " << f.key << ": " << f.text << '\n';
  for (const auto& n : answer.notes) out << "# note: " << n << '\n';
  for (const auto& d : answer.datasets) {
    out << "# dataset: " << d.id << " (" << d.version << ", sha256 " << d.ShortSha() << ")\n";
  }
}

}  // namespace entente
