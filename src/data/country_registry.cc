// Building the registry from the crosswalk, the state list and the alias
// table, and resolving names and codes against it.
#include "data/country_registry.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <regex>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {

extern const std::string_view kCountryAliases;

namespace {

constexpr char kCodelistPath[] = "countries/codelist.csv";
constexpr char kStatesPath[] = "cow/cow_states.csv";
constexpr char kAliasesSource[] = "src/data/country_aliases.toml";

bool IsLetters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

Status AliasError(const toml::source_region& where, std::string what) {
  return Status::DataError(fmt::format("{}:{}:{}: {}", kAliasesSource, where.begin.line, where.begin.column, what));
}

}  // namespace

Country* CountryRegistry::FindMutable(int ccode) {
  auto it = by_ccode_.find(ccode);
  return it == by_ccode_.end() ? nullptr : &countries_[it->second];
}

const Country* CountryRegistry::Find(CowCode code) const {
  auto it = by_ccode_.find(code.value);
  return it == by_ccode_.end() ? nullptr : &countries_[it->second];
}

const Country* CountryRegistry::FindIso2(std::string_view iso2) const {
  auto it = by_iso2_.find(iso2);
  return it == by_iso2_.end() ? nullptr : Find(CowCode{it->second});
}

void CountryRegistry::AddName(std::string_view name, int ccode) {
  std::string key = NormalizeName(name);
  if (key.empty()) return;
  auto& targets = by_name_[key];
  if (std::find(targets.begin(), targets.end(), ccode) == targets.end()) targets.push_back(ccode);
}

Result<CountryRegistry> CountryRegistry::Build(std::istream& codelist, const std::string& codelist_source,
                                               std::istream& cow_states, const std::string& states_source,
                                               std::string_view aliases_toml) {
  CountryRegistry reg;
  reg.compiled_ = std::make_shared<CompiledPatterns>();
  struct Row {
    int ccode;
    std::optional<int> gwcode;
    std::string cowc, iso2, iso3, name, regex;
    std::vector<std::string> other_names;
  };
  std::vector<Row> rows;
  {
    CsvReader reader(codelist, codelist_source);
    ENTENTE_RETURN_IF_ERROR(reader.Start());
    const char* names[] = {"cown", "cowc", "iso2c", "iso3c", "country.name.en", "country.name.en.regex",
                           "cow.name", "iso.name.en", "un.name.en", "p4.name", "vdem.name"};
    // Gleditsch-Ward numbers, when the codelist has the column (fixtures may not).
    Result<size_t> gwn = reader.ColumnIndex("gwn");
    size_t col[std::size(names)];
    for (size_t i = 0; i < std::size(names); ++i) {
      Result<size_t> c = reader.ColumnIndex(names[i]);
      if (!c.ok()) return c.status();
      col[i] = *c;
    }
    CsvRecord rec;
    bool has = false;
    while (true) {
      ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
      if (!has) break;
      Row row{};
      std::string_view cown = rec.text(col[0]);
      if (!cown.empty() && !ParseInt(cown, &row.ccode)) {
        return reader.FieldError(rec, col[0], "a COW numeric code or an empty field");
      }
      std::string_view gw = gwn.ok() ? rec.text(*gwn) : std::string_view();
      if (!gw.empty() && gw != "NA") {
        int g = 0;
        if (!ParseInt(gw, &g)) return reader.FieldError(rec, *gwn, "a Gleditsch-Ward number or an empty field");
        row.gwcode = g;
      }
      row.cowc = rec.text(col[1]);
      row.iso2 = rec.text(col[2]);
      row.iso3 = rec.text(col[3]);
      row.name = rec.text(col[4]);
      row.regex = rec.text(col[5]);
      for (size_t i = 6; i < std::size(names); ++i) row.other_names.emplace_back(rec.text(col[i]));
      rows.push_back(std::move(row));
    }
  }
  for (const Row& row : rows) {
    if (row.ccode == 0) {
      // A territory without a COW code: a named entity, not a state.
      for (std::string_view n : {std::string_view(row.name)}) {
        reg.entity_names_[NormalizeName(n)] = std::string(n);
        reg.AddName(n, 0);
      }
      for (const auto& n : row.other_names) {
        if (!n.empty()) {
          reg.entity_names_.emplace(NormalizeName(n), row.name);
          reg.AddName(n, 0);
        }
      }
      continue;
    }
    if (reg.by_ccode_.count(row.ccode) == 0) {
      reg.by_ccode_[row.ccode] = reg.countries_.size();
      reg.countries_.push_back(Country{CowCode{row.ccode}, row.cowc, row.iso2, row.iso3, row.name, {}, row.gwcode});
    }
    if (!row.iso2.empty()) reg.by_iso2_[row.iso2] = row.ccode;
    if (!row.iso3.empty()) reg.by_iso3_[row.iso3] = row.ccode;
    if (!row.cowc.empty()) reg.by_cow_letters_[row.cowc] = row.ccode;
    reg.AddName(row.name, row.ccode);
    for (const auto& n : row.other_names) reg.AddName(n, row.ccode);
    if (!row.regex.empty()) reg.patterns_.emplace_back(row.regex, row.ccode);
  }

  {
    CsvReader reader(cow_states, states_source);
    ENTENTE_RETURN_IF_ERROR(reader.Start());
    size_t col[6];
    const char* names[] = {"stateabb", "ccode", "statenme", "styear", "endyear", "version"};
    for (size_t i = 0; i < 5; ++i) {
      Result<size_t> c = reader.ColumnIndex(names[i]);
      if (!c.ok()) return c.status();
      col[i] = *c;
    }
    CsvRecord rec;
    bool has = false;
    while (true) {
      ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
      if (!has) break;
      int ccode = 0, from = 0, to = 0;
      if (!ParseInt(rec.text(col[1]), &ccode)) return reader.FieldError(rec, col[1], "a COW numeric code");
      if (!ParseInt(rec.text(col[3]), &from)) return reader.FieldError(rec, col[3], "a year");
      if (!ParseInt(rec.text(col[4]), &to)) return reader.FieldError(rec, col[4], "a year");
      std::string abb(rec.text(col[0]));
      std::string name(rec.text(col[2]));
      Country* c = reg.FindMutable(ccode);
      if (c == nullptr) {
        reg.by_ccode_[ccode] = reg.countries_.size();
        reg.countries_.push_back(Country{CowCode{ccode}, abb, "", "", name, {}, std::nullopt});
        c = &reg.countries_.back();
      }
      if (c->cow_letters.empty()) c->cow_letters = abb;
      reg.by_cow_letters_.emplace(abb, ccode);
      reg.AddName(name, ccode);
      c->spells.push_back(StateSpell{from, to});
    }
  }

  toml::table aliases;
  try {
    aliases = toml::parse(aliases_toml, std::string_view(kAliasesSource));
  } catch (const toml::parse_error& e) {
    return AliasError(e.source(), std::string(e.description()));
  }
  if (const toml::table* iso2 = aliases["iso2"].as_table()) {
    for (const auto& [key, node] : *iso2) {
      const auto* v = node.as_integer();
      if (v == nullptr || reg.FindMutable(static_cast<int>(v->get())) == nullptr) {
        return AliasError(node.source(), fmt::format("iso2 \"{}\": expected the COW code of a known state", key.str()));
      }
      int ccode = static_cast<int>(v->get());
      reg.by_iso2_[std::string(key.str())] = ccode;
      Country* c = reg.FindMutable(ccode);
      if (c->iso2.empty()) c->iso2 = std::string(key.str());
    }
  }
  if (const toml::table* names = aliases["names"].as_table()) {
    for (const auto& [key, node] : *names) {
      const auto* v = node.as_integer();
      if (v == nullptr || reg.FindMutable(static_cast<int>(v->get())) == nullptr) {
        return AliasError(node.source(), fmt::format("name \"{}\": expected the COW code of a known state", key.str()));
      }
      // An alias names one state: it replaces any other reading of the name.
      reg.by_name_[NormalizeName(key.str())] = {static_cast<int>(v->get())};
    }
  }
  if (const toml::array* actors = aliases["non_state"]["names"].as_array()) {
    for (const auto& node : *actors) {
      const auto* s = node.as_string();
      if (s == nullptr) return AliasError(node.source(), "non_state.names: expected a string");
      reg.entity_names_[NormalizeName(s->get())] = s->get();
      reg.by_name_[NormalizeName(s->get())] = {0};
    }
  }
  std::sort(reg.countries_.begin(), reg.countries_.end(),
            [](const Country& a, const Country& b) { return a.ccode < b.ccode; });
  reg.by_ccode_.clear();
  for (size_t i = 0; i < reg.countries_.size(); ++i) reg.by_ccode_[reg.countries_[i].ccode.value] = i;
  return reg;
}

Result<CountryRegistry> CountryRegistry::Load(const std::filesystem::path& data_dir) {
  std::ifstream codelist(data_dir / kCodelistPath, std::ios::binary);
  if (!codelist) return Status::DataError(fmt::format("cannot open {}", (data_dir / kCodelistPath).string()));
  std::ifstream states(data_dir / kStatesPath, std::ios::binary);
  if (!states) return Status::DataError(fmt::format("cannot open {}", (data_dir / kStatesPath).string()));
  return Build(codelist, kCodelistPath, states, kStatesPath, kCountryAliases);
}

std::optional<Actor> CountryRegistry::MatchActor(std::string_view name) const {
  std::string trimmed = Trim(name);
  if (!trimmed.empty() && trimmed.back() == '*') {
    Actor actor;
    actor.multinational = trimmed.size() >= 2 && trimmed[trimmed.size() - 2] == '*';
    trimmed.erase(trimmed.find_last_not_of('*') + 1);
    actor.name = trimmed;
    return actor;
  }
  std::string key = NormalizeName(trimmed);
  auto it = by_name_.find(key);
  if (it == by_name_.end() || it->second.size() != 1) return std::nullopt;
  Actor actor;
  if (it->second[0] == 0) {
    auto e = entity_names_.find(key);
    actor.name = e != entity_names_.end() ? e->second : trimmed;
    return actor;
  }
  actor.country = Find(CowCode{it->second[0]});
  actor.name = actor.country->name;
  return actor;
}

struct CountryRegistry::CompiledPatterns {
  std::once_flag once;
  std::vector<std::pair<std::regex, int>> patterns;
};

const CountryRegistry::CompiledPatterns& CountryRegistry::Compiled() const {
  std::call_once(compiled_->once, [this] {
    for (const auto& [pattern, ccode] : patterns_) {
      try {
        compiled_->patterns.emplace_back(std::regex(pattern, std::regex::ECMAScript | std::regex::icase), ccode);
      } catch (const std::regex_error&) {
        // A pattern in a dialect std::regex does not read: skip it.
      }
    }
  });
  return *compiled_;
}

std::vector<const Country*> CountryRegistry::Candidates(std::string_view raw) const {
  std::string query = Trim(raw);
  std::vector<int> codes;
  auto add = [&](int ccode) {
    if (ccode != 0 && std::find(codes.begin(), codes.end(), ccode) == codes.end()) codes.push_back(ccode);
  };
  int number = 0;
  if (ParseInt(query, &number)) {
    if (Find(CowCode{number})) add(number);
  } else {
    std::string upper = ToUpper(query);
    if (IsLetters(query) && query.size() == 2) {
      if (auto it = by_iso2_.find(upper); it != by_iso2_.end()) add(it->second);
    }
    if (IsLetters(query) && query.size() == 3) {
      if (auto it = by_iso3_.find(upper); it != by_iso3_.end()) add(it->second);
      if (auto it = by_cow_letters_.find(upper); it != by_cow_letters_.end()) add(it->second);
    }
    if (codes.empty()) {
      if (auto it = by_name_.find(NormalizeName(query)); it != by_name_.end()) {
        for (int c : it->second) add(c);
      }
    }
    if (codes.empty() && query.size() > 3) {
      // codelist's own patterns (countrycode's regexes) catch longer forms
      // such as "Republic of Korea" or "Korea, South".
      std::string lower = ToLower(query);
      for (const auto& [re, ccode] : Compiled().patterns) {
        if (std::regex_search(lower, re)) add(ccode);
      }
    }
  }
  std::vector<const Country*> out;
  for (int c : codes) out.push_back(Find(CowCode{c}));
  std::sort(out.begin(), out.end(), [](const Country* a, const Country* b) { return a->ccode < b->ccode; });
  return out;
}

std::vector<std::string> CountryRegistry::Suggest(std::string_view query, size_t limit) const {
  std::string key = NormalizeName(query);
  std::vector<std::pair<size_t, const Country*>> scored;
  std::set<int> seen;
  for (const auto& [name, codes] : by_name_) {
    for (int c : codes) {
      if (c == 0) continue;
      size_t d = EditDistance(key, name);
      // Prefixes count as close: "pakis" should suggest Pakistan.
      if (name.rfind(key, 0) == 0 && !key.empty()) d = std::min<size_t>(d, 1);
      scored.emplace_back(d, Find(CowCode{c}));
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->ccode < b.second->ccode;
  });
  std::vector<std::string> out;
  size_t max_distance = std::max<size_t>(2, key.size() / 3);
  for (const auto& [d, c] : scored) {
    if (out.size() >= limit || d > max_distance) break;
    if (!seen.insert(c->ccode.value).second) continue;
    out.push_back(c->Label());
  }
  return out;
}

Result<const Country*> CountryRegistry::Resolve(std::string_view query) const {
  std::vector<const Country*> found = Candidates(query);
  if (found.size() == 1) return found[0];
  if (found.size() > 1) {
    std::vector<std::string> labels;
    for (const Country* c : found) labels.push_back(c->Label());
    return Status::Usage(fmt::format("\"{}\" is ambiguous: it may mean {}; type a COW code or an ISO code",
                                     Trim(query), fmt::join(labels, " or ")));
  }
  std::string key = NormalizeName(query);
  if (auto it = entity_names_.find(key); it != entity_names_.end()) {
    return Status::Usage(fmt::format("\"{}\" ({}) is not a state of the COW state system and has no COW code",
                                     Trim(query), it->second));
  }
  std::vector<std::string> close = Suggest(query);
  if (close.empty()) {
    return Status::Usage(fmt::format("unknown country \"{}\"; type a name, an ISO code or a COW code "
                                     "(`entente country --list` lists them)", Trim(query)));
  }
  return Status::Usage(fmt::format("unknown country \"{}\"; did you mean {}?", Trim(query), fmt::join(close, ", ")));
}

}  // namespace entente
