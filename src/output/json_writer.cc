// Building JSON documents from answers.
#include "output/json_writer.h"

#include <cmath>

#include "core/version.h"

namespace entente {

nlohmann::ordered_json CellToJson(const Cell& cell) {
  switch (cell.index()) {
    case 1: return std::get<int64_t>(cell);
    case 2: return std::get<double>(cell);
    case 3: return std::get<std::string>(cell);
    default: return nullptr;
  }
}

nlohmann::ordered_json TableToJson(const Table& table) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    for (size_t i = 0; i < row.size(); ++i) obj[table.columns[i].name] = CellToJson(row[i]);
    rows.push_back(std::move(obj));
  }
  return rows;
}

nlohmann::ordered_json FactToJson(const Fact& fact) {
  auto text_or_null = [](const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); };
  // A whole number (a count, a year) is written as an integer, 1018 not 1018.0.
  auto number = [](double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 9007199254740992.0) {
      return nlohmann::ordered_json(static_cast<int64_t>(v));
    }
    return nlohmann::ordered_json(v);
  };
  return {{"value", fact.value ? number(*fact.value) : nlohmann::ordered_json()},
          {"unit", text_or_null(fact.unit)},
          {"definition", text_or_null(fact.definition)},
          {"basis", text_or_null(fact.basis)},
          {"text", fact.text}};
}

nlohmann::ordered_json DatasetsToJson(const std::vector<DatasetRef>& datasets) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& d : datasets) {
    out.push_back({{"name", d.id}, {"title", d.title}, {"version", d.version}, {"sha256", d.sha256},
                   {"citation", d.citation}});
  }
  return out;
}

nlohmann::ordered_json AnswerToJson(const Answer& answer) {
  nlohmann::ordered_json doc;
  doc["command"] = answer.command;
  doc["title"] = answer.title;
  nlohmann::ordered_json facts = nlohmann::ordered_json::object();
  for (const Fact& f : answer.facts) facts[f.key] = FactToJson(f);
  doc["facts"] = facts;
  doc["notes"] = answer.notes;
  for (const auto& s : answer.sections) doc[s.name] = TableToJson(s.table);
  doc["datasets"] = DatasetsToJson(answer.datasets);
  doc["entente_version"] = kEntenteVersion;
  return doc;
}

}  // namespace entente
