// Reading the codelist's rows and the alias table's identity runs.
#include "data/country_tables.h"

#include <fmt/format.h>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {
namespace {

// The codelist's English name columns (matched as names of the row's state)
// and its other languages (matched only where no English name is the same).
constexpr const char* kEnglishNames[] = {"cow.name", "iso.name.en", "un.name.en", "p4.name", "vdem.name"};
constexpr const char* kOtherLanguages[] = {"country.name.de", "country.name.es", "country.name.fr",
                                           "country.name.it", "iso.name.fr",     "un.name.ar",
                                           "un.name.es",      "un.name.fr",      "un.name.ru",
                                           "un.name.zh"};

// A number field that may be empty; false when it holds anything else.
bool ParseOptionalInt(std::string_view text, int* out) {
  *out = 0;
  return text.empty() || ParseInt(text, out);
}

}  // namespace

Status ReadCodelist(std::istream& in, const std::string& source, std::vector<CodelistRow>* rows) {
  CsvReader reader(in, source);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  const char* names[] = {"cown", "cowc", "iso2c", "iso3c", "country.name.en", "country.name.en.regex"};
  size_t col[std::size(names)];
  for (size_t i = 0; i < std::size(names); ++i) {
    Result<size_t> c = reader.ColumnIndex(names[i]);
    if (!c.ok()) return c.status();
    col[i] = *c;
  }
  // UN and Gleditsch-Ward codes are optional, like the other languages.
  std::optional<size_t> un, gwn, gwc;
  if (Result<size_t> c = reader.ColumnIndex("un"); c.ok()) un = *c;
  if (Result<size_t> c = reader.ColumnIndex("gwn"); c.ok()) gwn = *c;
  if (Result<size_t> c = reader.ColumnIndex("gwc"); c.ok()) gwc = *c;
  std::vector<size_t> english, other;
  for (const char* n : kEnglishNames) {
    Result<size_t> c = reader.ColumnIndex(n);
    if (!c.ok()) return c.status();
    english.push_back(*c);
  }
  for (const char* n : kOtherLanguages) {
    // Optional: a codelist without a language simply lacks its names.
    if (Result<size_t> c = reader.ColumnIndex(n); c.ok()) other.push_back(*c);
  }
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    CodelistRow row;
    if (!ParseOptionalInt(rec.text(col[0]), &row.ccode)) {
      return reader.FieldError(rec, col[0], "a COW numeric code or an empty field");
    }
    row.cowc = rec.text(col[1]);
    row.iso2 = rec.text(col[2]);
    row.iso3 = rec.text(col[3]);
    row.name = rec.text(col[4]);
    row.regex = rec.text(col[5]);
    if (un && !ParseOptionalInt(rec.text(*un), &row.m49)) {
      return reader.FieldError(rec, *un, "a UN M49 numeric code or an empty field");
    }
    if (gwn && !ParseOptionalInt(rec.text(*gwn), &row.gw)) {
      return reader.FieldError(rec, *gwn, "a Gleditsch-Ward numeric code or an empty field");
    }
    if (gwc) row.gwc = rec.text(*gwc);
    for (size_t c : english) row.english.emplace_back(rec.text(c));
    for (size_t c : other) row.other_languages.emplace_back(rec.text(c));
    rows->push_back(std::move(row));
  }
  return Status::Ok();
}

Status ReadIdentitySpecs(const toml::table& aliases, std::string_view source, std::vector<IdentitySpec>* specs) {
  auto located_error = [source](const toml::source_region& where, std::string what) {
    return Status::DataError(fmt::format("{}:{}:{}: {}", source, where.begin.line, where.begin.column, what));
  };
  const toml::node* section = aliases.get("identity");
  if (section == nullptr) return Status::Ok();
  const toml::table* table = section->as_table();
  if (table == nullptr) return located_error(section->source(), "identity: expected a table of COW codes");
  for (const auto& [key, node] : *table) {
    int ccode = 0;
    if (!ParseInt(key.str(), &ccode)) {
      return located_error(node.source(), fmt::format("identity \"{}\": expected a COW code as the key", key.str()));
    }
    const toml::array* runs = node.as_array();
    if (runs == nullptr) return located_error(node.source(), fmt::format("identity {}: expected an array of runs", ccode));
    for (const toml::node& run : *runs) {
      const toml::table* t = run.as_table();
      if (t == nullptr) return located_error(run.source(), fmt::format("identity {}: expected a table", ccode));
      IdentitySpec spec;
      spec.ccode = ccode;
      spec.where = run.source();
      for (const auto& [field, value] : *t) {
        std::string_view f = field.str();
        if (f == "from" || f == "to" || f == "m49" || f == "gw") {
          const auto* v = value.as_integer();
          if (v == nullptr) return located_error(value.source(), fmt::format("identity {}: {}: expected a whole number", ccode, f));
          int n = static_cast<int>(v->get());
          if (f == "from") spec.from = n;
          if (f == "to") spec.to = n;
          if (f == "m49") spec.m49 = n;
          if (f == "gw") spec.gw = n;
        } else if (f == "name" || f == "cow" || f == "iso3" || f == "iso2" || f == "gwc" || f == "codelist") {
          const auto* v = value.as_string();
          if (v == nullptr) return located_error(value.source(), fmt::format("identity {}: {}: expected a string", ccode, f));
          std::string text = v->get();
          if (f == "name") spec.name = text;
          if (f == "cow") spec.cow = text;
          if (f == "iso3") spec.iso3 = text;
          if (f == "iso2") spec.iso2 = text;
          if (f == "gwc") spec.gwc = text;
          if (f == "codelist") spec.codelist = text;
        } else {
          return located_error(value.source(),
                            fmt::format("identity {}: unknown field \"{}\"; expected from, to, name, cow, iso3, "
                                        "iso2, m49, gw, gwc or codelist", ccode, f));
        }
      }
      if (!t->contains("from")) return located_error(run.source(), fmt::format("identity {}: missing \"from\"", ccode));
      if (spec.from > spec.to) {
        return located_error(run.source(), fmt::format("identity {}: from {} is after to {}", ccode, spec.from, spec.to));
      }
      specs->push_back(std::move(spec));
    }
  }
  return Status::Ok();
}

}  // namespace entente
