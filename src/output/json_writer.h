// JSON form of an Answer: the same keys and values as the CSV, null for
// missing, with the facts, notes and datasets that make it traceable.
#ifndef ENTENTE_OUTPUT_JSON_WRITER_H_
#define ENTENTE_OUTPUT_JSON_WRITER_H_

#include <nlohmann/json.hpp>

#include "core/answer.h"

namespace entente {

nlohmann::ordered_json CellToJson(const Cell& cell);
// Rows as objects keyed by column name.
nlohmann::ordered_json TableToJson(const Table& table);
// {"value", "unit", "definition", "basis", "text"}: the number (null for a
// fact in words), its unit, the measure's definition and basis, and the text
// people read.
nlohmann::ordered_json FactToJson(const Fact& fact);
// {"command", "title", "facts": {key: fact...}, "notes": [...], "datasets": [...],
//  "<section name>": [rows...], ...}. Section names must not be one of
// these keys ("datasets" in particular).
nlohmann::ordered_json AnswerToJson(const Answer& answer);
nlohmann::ordered_json DatasetsToJson(const std::vector<DatasetRef>& datasets);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_JSON_WRITER_H_
