// Reading the dataset manifest from TOML.
#include "data/manifest.h"

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "data/toml_parse.h"

namespace entente {

extern const std::string_view kBundleManifest;

namespace {

Status EntryError(const std::string& source, const toml::node& node, std::string what) {
  const auto& where = node.source().begin;
  return Status::DataError(fmt::format("{}:{}:{}: {}", source, where.line, where.column, what));
}

}  // namespace

Result<Manifest> Manifest::Parse(std::string_view text, const std::string& source) {
  Result<toml::table> parsed = ParseToml(text, source);
  if (!parsed.ok()) return parsed.status();
  toml::table& doc = *parsed;
  Manifest manifest;
  const toml::array* entries = doc["dataset"].as_array();
  if (entries == nullptr) return Status::DataError(source + ": expected [[dataset]] entries");
  for (const toml::node& node : *entries) {
    const toml::table* t = node.as_table();
    if (t == nullptr) return EntryError(source, node, "expected a [[dataset]] table");
    DatasetInfo d;
    struct Field {
      const char* key;
      std::string* out;
    } fields[] = {{"id", &d.id},           {"path", &d.path},         {"title", &d.title},
                  {"publisher", &d.publisher}, {"version", &d.version}, {"sha256", &d.sha256},
                  {"citation", &d.citation}, {"licence", &d.licence}, {"source", &d.source}};
    for (const Field& f : fields) {
      auto v = (*t)[f.key].value<std::string>();
      if (!v) return EntryError(source, node, fmt::format("dataset needs a string \"{}\"", f.key));
      *f.out = *v;
    }
    if (d.sha256.size() != 64) return EntryError(source, node, "sha256: expected 64 hex digits");
    auto rows = (*t)["rows"].value<int64_t>();
    if (!rows) return EntryError(source, node, "dataset needs an integer \"rows\"");
    d.rows = *rows;
    if (const toml::array* years = (*t)["years"].as_array()) {
      if (years->size() != 2 || !years->get(0)->is_integer() || !years->get(1)->is_integer()) {
        return EntryError(source, *years, "years: expected [first, last]");
      }
      d.years = Period{static_cast<int>(years->get(0)->as_integer()->get()),
                       static_cast<int>(years->get(1)->as_integer()->get())};
    }
    d.csv.preamble_lines = static_cast<int>((*t)["preamble_lines"].value_or<int64_t>(0));
    std::string mark = (*t)["line_end_mark"].value_or<std::string>("");
    if (mark.size() > 1) return EntryError(source, node, "line_end_mark: expected one character");
    d.csv.line_end_mark = mark.empty() ? '\0' : mark[0];
    manifest.datasets_.push_back(std::move(d));
  }
  return manifest;
}

const Manifest& Manifest::Bundle() {
  static const Manifest* bundle = [] {
    Result<Manifest> m = Parse(kBundleManifest, "src/data/bundle_manifest.toml");
    if (!m.ok()) {
      // The embedded manifest is part of the build: a bad one is a bug.
      std::cerr << "entente: built with a broken manifest: " << m.status().ToString() << "\n";
      std::abort();
    }
    return new Manifest(std::move(m.value()));
  }();
  return *bundle;
}

const DatasetInfo* Manifest::Find(std::string_view id_or_path) const {
  for (const DatasetInfo& d : datasets_) {
    if (d.id == id_or_path || d.path == id_or_path) return &d;
  }
  return nullptr;
}

}  // namespace entente
