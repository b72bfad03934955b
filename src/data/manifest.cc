// Reading the dataset manifest from TOML.
#include "data/manifest.h"

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "data/toml_parse.h"

namespace entente {

extern const std::string_view kBundleManifest;

namespace {

Status LocatedError(const std::string& source, const toml::source_region& region, std::string_view what) {
  return Status::DataError(fmt::format("{}:{}:{}: {}", source, region.begin.line, region.begin.column, what));
}

Status EntryError(const std::string& source, const toml::node& node, std::string what) {
  return LocatedError(source, node.source(), what);
}

bool IsBibtexKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == ':' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// The [dataset.bibtex] table of one entry: known fields only, each of its
// type, and those the entry type needs.
Status ParseBibtex(const std::string& source, const toml::table& entry, const toml::node& entry_node,
                   BibReference* out) {
  const toml::node* node = entry.get("bibtex");
  if (node == nullptr) {
    return EntryError(source, entry_node, "dataset needs a [dataset.bibtex] table (type, key, title, ...)");
  }
  const toml::table* table = node->as_table();
  if (table == nullptr) return EntryError(source, *node, "bibtex: expected a table");
  const std::map<std::string_view, std::string*> texts = {
      {"type", &out->type},       {"key", &out->key},           {"body", &out->body},
      {"title", &out->title},     {"journal", &out->journal},   {"volume", &out->volume},
      {"number", &out->number},   {"pages", &out->pages},       {"publisher", &out->publisher},
      {"howpublished", &out->howpublished}, {"url", &out->url}, {"doi", &out->doi},
      {"note", &out->note}};
  for (auto&& [k, v] : *table) {
    const std::string_view name = k.str();
    if (name == "authors") {
      const toml::array* names = v.as_array();
      if (names == nullptr || names->empty()) {
        return EntryError(source, v, "bibtex.authors: expected a list of names");
      }
      for (const toml::node& n : *names) {
        std::optional<std::string> person = n.value<std::string>();
        if (!person || person->empty()) return EntryError(source, n, "bibtex.authors: expected a name (text)");
        out->authors.push_back(*person);
      }
    } else if (name == "year") {
      std::optional<int64_t> year = v.value<int64_t>();
      if (!v.is_integer() || !year || *year < 1000 || *year > 2100) {
        return EntryError(source, v, "bibtex.year: expected a year (an integer, e.g. 2017)");
      }
      out->year = static_cast<int>(*year);
    } else if (auto it = texts.find(name); it != texts.end()) {
      std::optional<std::string> text = v.value<std::string>();
      if (!v.is_string() || !text || text->empty()) {
        return EntryError(source, v, fmt::format("bibtex.{}: expected a text that is not empty", name));
      }
      *it->second = *text;
    } else {
      return LocatedError(source, k.source(),
                          fmt::format("bibtex: unknown field \"{}\" (known: type, key, authors, body, title, "
                                      "year, journal, volume, number, pages, publisher, howpublished, url, doi, "
                                      "note)", name));
    }
  }
  if (out->type != "article" && out->type != "book" && out->type != "misc") {
    return EntryError(source, *table, "bibtex.type: expected \"article\", \"book\" or \"misc\"");
  }
  if (!IsBibtexKey(out->key)) {
    return EntryError(source, *table, "bibtex.key: expected a key of letters, digits and -_:. (e.g. \"miller2022\")");
  }
  if (out->title.empty()) return EntryError(source, *table, "bibtex: needs a \"title\"");
  if (!out->authors.empty() && !out->body.empty()) {
    return EntryError(source, *table, "bibtex: give \"authors\" (people) or \"body\" (an organisation), not both");
  }
  const bool has_author = !out->authors.empty() || !out->body.empty();
  if (out->type == "article" && (!has_author || out->journal.empty() || !out->year)) {
    return EntryError(source, *table, "bibtex: an article needs \"authors\" (or \"body\"), \"journal\" and \"year\"");
  }
  if (out->type == "book" && (!has_author || out->publisher.empty() || !out->year)) {
    return EntryError(source, *table, "bibtex: a book needs \"authors\" (or \"body\"), \"publisher\" and \"year\"");
  }
  return Status::Ok();
}

}  // namespace

Result<Manifest> Manifest::Parse(std::string_view text, const std::string& source) {
  Result<toml::table> parsed = ParseToml(text, source);
  if (!parsed.ok()) return parsed.status();
  toml::table& doc = *parsed;
  Manifest manifest;
  std::set<std::string> bibtex_keys;
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
    ENTENTE_RETURN_IF_ERROR(ParseBibtex(source, *t, node, &d.bibtex));
    if (!bibtex_keys.insert(d.bibtex.key).second) {
      return EntryError(source, *(*t).get("bibtex"),
                        fmt::format("bibtex.key: \"{}\" is the key of another dataset", d.bibtex.key));
    }
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
