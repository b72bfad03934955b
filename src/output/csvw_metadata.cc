// Building the CSVW metadata document of one table.
#include "output/csvw_metadata.h"

#include "core/version.h"
#include "output/column_dictionary.h"
#include "output/json_writer.h"

namespace entente {

std::string CsvwMetadataPath(std::string_view csv_path) { return std::string(csv_path) + "-metadata.json"; }

namespace {

// The datatype the cells show when the dictionary has no entry: integer when
// every value is one, number when any is fractional, string otherwise (and
// when there is no value to judge by).
std::string_view InferredDatatype(const Table& table, size_t column) {
  bool any_int = false, any_double = false, any_text = false;
  for (const auto& row : table.rows) {
    if (std::holds_alternative<int64_t>(row[column])) any_int = true;
    if (std::holds_alternative<double>(row[column])) any_double = true;
    if (std::holds_alternative<std::string>(row[column])) any_text = true;
  }
  if (any_text || !(any_int || any_double)) return "string";
  return any_double ? "number" : "integer";
}

nlohmann::ordered_json DatasetSource(const DatasetRef& d) {
  return {{"@type", "schema:Dataset"},
          {"schema:identifier", d.id},
          {"dc:title", d.title},
          {"schema:version", d.version},
          {"schema:sha256", d.sha256},
          {"dc:bibliographicCitation", d.citation}};
}

}  // namespace

nlohmann::ordered_json CsvwMetadata(const Answer& answer, const Section& section, std::string_view csv_url,
                                    std::string_view command_line) {
  nlohmann::ordered_json columns = nlohmann::ordered_json::array();
  const Table& table = section.table;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const std::string& name = table.columns[i].name;
    const ColumnInfo* info = FindColumnInfo(name);
    nlohmann::ordered_json col = {{"name", name}, {"titles", name}};
    col["datatype"] = info ? info->datatype : std::string(InferredDatatype(table, i));
    if (info) col["dc:description"] = info->description;
    const Column& c = table.columns[i];
    if (!c.datasets.empty()) {
      nlohmann::ordered_json sources = nlohmann::ordered_json::array();
      for (const std::string& id : c.datasets) {
        nlohmann::ordered_json src = {{"schema:identifier", id}};
        for (const DatasetRef& d : answer.datasets) {
          if (d.id == id) src["schema:version"] = d.version;
        }
        sources.push_back(std::move(src));
      }
      col["dc:source"] = std::move(sources);
    }
    if (!c.coverage.empty()) col["dc:temporal"] = c.coverage;
    col["null"] = "";
    columns.push_back(std::move(col));
  }
  nlohmann::ordered_json facts = nlohmann::ordered_json::array();
  for (const Fact& f : answer.facts) {
    nlohmann::ordered_json fact = {{"key", f.key}};
    fact.update(FactToJson(f));
    facts.push_back(std::move(fact));
  }
  nlohmann::ordered_json sources = nlohmann::ordered_json::array();
  for (const DatasetRef& d : answer.datasets) sources.push_back(DatasetSource(d));

  nlohmann::ordered_json doc;
  doc["@context"] = nlohmann::ordered_json::array({"http://www.w3.org/ns/csvw", {{"@language", "en"}}});
  doc["url"] = std::string(csv_url);
  doc["dc:title"] = answer.sections.size() > 1 ? answer.title + ": " + section.title : answer.title;
  doc["dc:source"] = std::move(sources);
  doc["rdfs:comment"] = answer.notes;
  doc["prov:wasGeneratedBy"] = {{"@type", "prov:Activity"},
                                {"schema:name", "entente " + answer.command},
                                {"schema:description", std::string(command_line)},
                                {"prov:wasAssociatedWith",
                                 {{"@type", "schema:SoftwareApplication"},
                                  {"schema:name", "entente"},
                                  {"schema:softwareVersion", kEntenteVersion}}}};
  // CSVW's "notes" holds annotations of any shape: the answer's facts as the
  // JSON output writes them (key, value, unit, definition, basis, text).
  doc["notes"] = std::move(facts);
  doc["tableSchema"] = {{"columns", std::move(columns)}};
  doc["dialect"] = {{"header", true}, {"delimiter", ","}, {"encoding", "utf-8"}};
  return doc;
}

}  // namespace entente
