// Reading the column dictionary out of docs/OUTPUTS.md.
#include "output/column_dictionary.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

namespace entente {

extern const std::string_view kOutputsDoc;

namespace {

constexpr std::string_view kHeading = "## Column dictionary";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<ColumnInfo>> ParseColumnDictionary(std::string_view markdown, std::string_view source) {
  static const std::set<std::string, std::less<>> kTypes = {"integer", "number", "string", "boolean"};
  std::vector<ColumnInfo> columns;
  std::set<std::string, std::less<>> seen;
  bool inside = false;
  size_t line_no = 0;
  while (!markdown.empty()) {
    size_t end = markdown.find('\n');
    std::string_view line = markdown.substr(0, end);
    markdown.remove_prefix(end == std::string_view::npos ? markdown.size() : end + 1);
    ++line_no;
    if (line.starts_with("## ")) {
      inside = Trim(line) == kHeading;
      continue;
    }
    if (!inside || !line.starts_with("| `")) continue;
    // | `name` | type | meaning |
    auto bad = [&](std::string_view what) {
      return Status::Usage(fmt::format("{}:{}: {}; expected \"| `name` | type | meaning |\"", source, line_no, what));
    };
    size_t close = line.find('`', 3);
    if (close == std::string_view::npos) return bad("no closing ` after the name");
    ColumnInfo info;
    info.name = std::string(line.substr(3, close - 3));
    std::string_view rest = line.substr(close + 1);
    if (!rest.starts_with(" | ") || !rest.ends_with(" |")) return bad("the row has no cells after the name");
    rest = rest.substr(3, rest.size() - 5);
    size_t bar = rest.find(" | ");
    if (bar == std::string_view::npos) return bad("a type and a meaning are needed");
    info.datatype = std::string(Trim(rest.substr(0, bar)));
    info.description = std::string(Trim(rest.substr(bar + 3)));
    if (kTypes.count(info.datatype) == 0) {
      return bad(fmt::format("unknown type \"{}\" (integer, number, string or boolean)", info.datatype));
    }
    if (info.description.empty()) return bad("the meaning is empty");
    if (!seen.insert(info.name).second) return bad(fmt::format("{} is listed twice", info.name));
    columns.push_back(std::move(info));
  }
  if (columns.empty()) return Status::Usage(fmt::format("{}: no table under \"{}\"", source, kHeading));
  return columns;
}

const std::vector<ColumnInfo>& ColumnDictionary() {
  static const std::vector<ColumnInfo> kColumns = [] {
    Result<std::vector<ColumnInfo>> parsed = ParseColumnDictionary(kOutputsDoc, "docs/OUTPUTS.md");
    // Built in at compile time and checked by the tests: a failure here is a
    // broken build, not a user's error.
    if (!parsed.ok()) {
      fmt::print(stderr, "entente: built-in column dictionary: {}\n", parsed.status().message());
      std::abort();
    }
    return std::move(parsed.value());
  }();
  return kColumns;
}

const ColumnInfo* FindColumnInfo(std::string_view name) {
  bool year = name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
  std::string_view key = year ? std::string_view("{year}") : name;
  for (const ColumnInfo& c : ColumnDictionary()) {
    if (c.name == key) return &c;
  }
  return nullptr;
}

}  // namespace entente
