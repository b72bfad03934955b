// Reading the dataset list of a CSVW metadata file.
#include "data/csvw_sources.h"

#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "data/regular_file.h"

namespace entente {
namespace {

// 1-based line and column (in bytes) of the byte at `offset`.
std::pair<size_t, size_t> LineAndColumn(std::string_view text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

Result<std::vector<CsvwSource>> ParseCsvwSources(std::string_view text, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte counts from 1 and points at the character that did not fit.
    auto [line, column] = LineAndColumn(text, e.byte == 0 ? 0 : e.byte - 1);
    std::string what = e.what();
    if (size_t at = what.find(": ", what.find("parse error")); at != std::string::npos) what = what.substr(at + 2);
    return Status::DataError(fmt::format("{}:{}:{}: not JSON: {}", source, line, column, what));
  }
  const std::string expected = "a CSV on the Web metadata file as entente writes beside a CSV";
  if (!doc.is_object()) return Status::DataError(fmt::format("{}: not {}: expected a JSON object", source, expected));
  auto list = doc.find("dc:source");
  if (list == doc.end() || !list->is_array()) {
    return Status::DataError(fmt::format("{}: not {}: no \"dc:source\" list of datasets", source, expected));
  }
  std::vector<CsvwSource> sources;
  std::set<std::string> seen;
  for (size_t i = 0; i < list->size(); ++i) {
    const nlohmann::json& entry = (*list)[i];
    auto id = entry.is_object() ? entry.find("schema:identifier") : entry.end();
    if (!entry.is_object() || id == entry.end() || !id->is_string() || id->get<std::string>().empty()) {
      return Status::DataError(fmt::format("{}: /dc:source/{}: expected a dataset with a \"schema:identifier\" text",
                                           source, i));
    }
    CsvwSource s;
    s.id = id->get<std::string>();
    if (auto sha = entry.find("schema:sha256"); sha != entry.end()) {
      if (!sha->is_string()) {
        return Status::DataError(fmt::format("{}: /dc:source/{}/schema:sha256: expected a text", source, i));
      }
      s.sha256 = sha->get<std::string>();
    }
    if (seen.insert(s.id).second) sources.push_back(std::move(s));
  }
  return sources;
}

Result<std::vector<CsvwSource>> ReadCsvwSources(const std::string& path) {
  if (Status file = CheckRegularFile(path, path); !file.ok()) {
    return Status::Usage(fmt::format("--metadata: {}", file.message()));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Usage(fmt::format("--metadata: cannot read {}", path));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseCsvwSources(text.str(), path);
}

}  // namespace entente
