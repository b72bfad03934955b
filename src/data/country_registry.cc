// Building the registry from the crosswalk, the state list and the alias
// table: states and their names, identities by period, and the index of
// every code to its holders over time.
#include "data/country_registry.h"

#include <algorithm>
#include <fstream>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/text.h"
#include "data/country_tables.h"
#include "data/csv_reader.h"
#include "data/toml_parse.h"

namespace entente {

extern const std::string_view kCountryAliases;

namespace {

constexpr char kCodelistPath[] = "countries/codelist.csv";
constexpr char kStatesPath[] = "cow/cow_states.csv";
constexpr char kAliasesSource[] = "src/data/country_aliases.toml";

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

Status AliasError(const toml::source_region& where, std::string what) {
  return Status::DataError(fmt::format("{}:{}:{}: {}", kAliasesSource, where.begin.line, where.begin.column, what));
}

// True when `name` holds a byte that NormalizeName cannot fold (a script
// other than Latin), so that it must be matched as written.
bool NeedsScriptKey(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80 && c != 0xC3 && c != 0xE2 && (c & 0xC0) != 0x80) return true;
  }
  return false;
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

const CountryIdentity* CountryRegistry::IdentityIn(CowCode code, int year) const {
  const Country* c = Find(code);
  return c == nullptr ? nullptr : c->IdentityIn(year);
}

bool CountryRegistry::Exists(int ccode, int year) const {
  const Country* c = Find(CowCode{ccode});
  if (c == nullptr) return false;
  return std::any_of(c->identities.begin(), c->identities.end(),
                     [year](const CountryIdentity& id) { return id.Covers(year); });
}

void CountryRegistry::AddName(std::string_view name, int ccode) {
  std::string key = NormalizeName(name);
  if (key.empty()) return;
  auto& targets = by_name_[key];
  if (std::find(targets.begin(), targets.end(), ccode) == targets.end()) targets.push_back(ccode);
}

void CountryRegistry::AddEntityName(std::string_view name, size_t entity, bool replace) {
  std::string key = NormalizeName(name);
  if (key.empty()) return;
  if (replace) {
    entity_names_[key] = entity;
  } else {
    entity_names_.emplace(key, entity);
  }
  AddName(name, 0);
}

void CountryRegistry::AddClaim(CodeSystem system, const std::string& code, CodeClaim claim) {
  if (code.empty() || code == "0") return;
  std::vector<CodeClaim>& claims = codes_[system][ToUpper(code)];
  for (const CodeClaim& c : claims) {
    if (c.hit.ccode == claim.hit.ccode && c.hit.entity == claim.hit.entity && c.from_year == claim.from_year &&
        c.to_year == claim.to_year) {
      return;
    }
  }
  claims.push_back(claim);
}

Result<CountryRegistry> CountryRegistry::Build(std::istream& codelist, const std::string& codelist_source,
                                               std::istream& cow_states, const std::string& states_source,
                                               std::string_view aliases_toml) {
  CountryRegistry reg;
  reg.compiled_ = NewCompiledPatterns();
  std::vector<CodelistRow> rows;
  ENTENTE_RETURN_IF_ERROR(ReadCodelist(codelist, codelist_source, &rows));

  Result<toml::table> parsed = ParseToml(aliases_toml, kAliasesSource);
  if (!parsed.ok()) return parsed.status();
  const toml::table& aliases = parsed.value();
  std::vector<IdentitySpec> specs;
  ENTENTE_RETURN_IF_ERROR(ReadIdentitySpecs(aliases, kAliasesSource, &specs));
  // Codelist rows without a COW code that a run names belong to its state
  // (Serbia's row, with SRB, is COW 345 from 2006).
  std::map<std::string, int> claimed_rows;
  for (const IdentitySpec& s : specs) {
    if (s.codelist) claimed_rows[*s.codelist] = s.ccode;
  }
  std::map<std::string, const CodelistRow*> row_by_name;
  std::map<int, const CodelistRow*> row_by_ccode;

  for (CodelistRow& row : rows) {
    row_by_name.emplace(row.name, &row);
    if (row.ccode == 0) {
      if (auto it = claimed_rows.find(row.name); it != claimed_rows.end()) {
        row.ccode = -it->second;  // names only; settled after the states are read
        continue;
      }
      // A territory without a COW code: a named entity, not a state.
      size_t e = reg.entities_.size();
      reg.entities_.push_back(CountryIdentity{0, kOpenYear, row.name, "", row.iso3, row.iso2, row.m49, row.gw, row.gwc});
      reg.AddEntityName(row.name, e, /*replace=*/true);
      for (const auto& n : row.english) {
        if (!n.empty()) reg.AddEntityName(n, e, /*replace=*/false);
      }
      CodeClaim claim{Hit{0, static_cast<int>(e)}, 0, kOpenYear, true};
      reg.AddClaim(CodeSystem::kIso2, row.iso2, claim);
      reg.AddClaim(CodeSystem::kIso3, row.iso3, claim);
      reg.AddClaim(CodeSystem::kM49, std::to_string(row.m49), claim);
      reg.AddClaim(CodeSystem::kGwCode, std::to_string(row.gw), claim);
      reg.AddClaim(CodeSystem::kGwLetters, row.gwc, claim);
      continue;
    }
    if (reg.by_ccode_.count(row.ccode) == 0) {
      row_by_ccode[row.ccode] = &row;
      reg.by_ccode_[row.ccode] = reg.countries_.size();
      reg.countries_.push_back(Country{CowCode{row.ccode}, row.cowc, row.iso2, row.iso3, row.name, {}, {},
                                      row.gw != 0 ? std::optional<int>(row.gw) : std::nullopt});
    }
    if (!row.iso2.empty()) reg.by_iso2_[row.iso2] = row.ccode;
    if (!row.cowc.empty()) reg.by_cow_letters_[row.cowc] = row.ccode;
    reg.AddName(row.name, row.ccode);
    for (const auto& n : row.english) reg.AddName(n, row.ccode);
    if (!row.regex.empty()) reg.patterns_.emplace_back(row.regex, row.ccode);
  }

  int last_year = 0;  // the state list's last year: a spell ending then still holds
  {
    CsvReader reader(cow_states, states_source);
    ENTENTE_RETURN_IF_ERROR(reader.Start());
    size_t col[5];
    const char* names[] = {"stateabb", "ccode", "statenme", "styear", "endyear"};
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
        reg.countries_.push_back(Country{CowCode{ccode}, abb, "", "", name, {}, {}, std::nullopt});
        c = &reg.countries_.back();
      }
      if (c->cow_letters.empty()) c->cow_letters = abb;
      reg.by_cow_letters_.emplace(abb, ccode);
      reg.AddName(name, ccode);
      c->spells.push_back(StateSpell{from, to});
      last_year = std::max(last_year, to);
    }
  }

  // Rows claimed by a run: their names are the state's.
  for (const CodelistRow& row : rows) {
    if (row.ccode >= 0) continue;
    int ccode = -row.ccode;
    if (reg.FindMutable(ccode) == nullptr) continue;  // reported below with the run
    reg.AddName(row.name, ccode);
    for (const auto& n : row.english) reg.AddName(n, ccode);
    if (!row.regex.empty()) reg.patterns_.emplace_back(row.regex, ccode);
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
  if (const toml::table* names = aliases["ambiguous"].as_table()) {
    for (const auto& [key, node] : *names) {
      const toml::array* arr = node.as_array();
      std::vector<int> codes;
      if (arr != nullptr) {
        for (const toml::node& n : *arr) {
          const auto* v = n.as_integer();
          if (v == nullptr || reg.FindMutable(static_cast<int>(v->get())) == nullptr) arr = nullptr;
          if (arr == nullptr) break;
          codes.push_back(static_cast<int>(v->get()));
        }
      }
      if (arr == nullptr || codes.size() < 2) {
        return AliasError(node.source(), fmt::format("ambiguous \"{}\": expected two or more COW codes of known "
                                                     "states", key.str()));
      }
      reg.ambiguous_names_[NormalizeName(key.str())] = codes;
    }
  }
  if (const toml::node* seats_node = aliases.get("un_seats")) {
    const toml::table* seats = seats_node->as_table();
    if (seats == nullptr) return AliasError(seats_node->source(), "un_seats: expected a table of COW codes");
    for (const auto& [key, node] : *seats) {
      int seat = 0;
      const auto* v = node.as_integer();
      if (!ParseInt(key.str(), &seat) || reg.FindMutable(seat) == nullptr || v == nullptr ||
          reg.FindMutable(static_cast<int>(v->get())) == nullptr || static_cast<int>(v->get()) == seat) {
        return AliasError(node.source(), fmt::format("un_seats \"{}\": expected the COW code of a known state as "
                                                     "the key and of another known state as the value",
                                                     key.str()));
      }
      reg.un_seats_.emplace_back(CowCode{seat}, CowCode{static_cast<int>(v->get())});
    }
  }
  if (const toml::array* actors = aliases["non_state"]["names"].as_array()) {
    for (const auto& node : *actors) {
      const auto* s = node.as_string();
      if (s == nullptr) return AliasError(node.source(), "non_state.names: expected a string");
      std::string key = NormalizeName(s->get());
      size_t e = reg.entities_.size();
      reg.entities_.push_back(CountryIdentity{0, kOpenYear, s->get(), "", "", "", 0, 0, ""});
      reg.entity_names_[key] = e;
      reg.by_name_[key] = {0};
      reg.non_state_names_.push_back(key);
    }
  }

  std::sort(reg.countries_.begin(), reg.countries_.end(),
            [](const Country& a, const Country& b) { return a.ccode < b.ccode; });
  reg.by_ccode_.clear();
  for (size_t i = 0; i < reg.countries_.size(); ++i) reg.by_ccode_[reg.countries_[i].ccode.value] = i;

  // Identities: the alias table's runs, else one run over the state's years.
  std::map<int, std::vector<const IdentitySpec*>> runs;
  for (const IdentitySpec& s : specs) {
    if (reg.FindMutable(s.ccode) == nullptr) {
      return AliasError(s.where, fmt::format("identity {}: no state has this COW code", s.ccode));
    }
    if (s.codelist && row_by_name.count(*s.codelist) == 0) {
      return AliasError(s.where, fmt::format("identity {}: codelist has no row named \"{}\"", s.ccode, *s.codelist));
    }
    runs[s.ccode].push_back(&s);
  }
  for (Country& c : reg.countries_) {
    auto row_it = row_by_ccode.find(c.ccode.value);
    const CodelistRow* own = row_it == row_by_ccode.end() ? nullptr : row_it->second;
    CountryIdentity base{0, kOpenYear, c.name, c.cow_letters, c.iso3, c.iso2,
                         own ? own->m49 : 0, own ? own->gw : 0, own ? own->gwc : ""};
    auto spec_it = runs.find(c.ccode.value);
    if (spec_it == runs.end()) {
      CountryIdentity id = base;
      if (!c.spells.empty()) {
        id.from_year = c.spells.front().from_year;
        int to = 0;
        for (const StateSpell& s : c.spells) to = std::max(to, s.to_year);
        id.to_year = to >= last_year ? kOpenYear : to;
      }
      c.identities.push_back(std::move(id));
      continue;
    }
    for (const IdentitySpec* s : spec_it->second) {
      CountryIdentity from = base;
      if (s->codelist) {
        const CodelistRow* r = row_by_name[*s->codelist];
        from = CountryIdentity{0, kOpenYear, r->name, c.cow_letters, r->iso3, r->iso2, r->m49, r->gw, r->gwc};
      }
      CountryIdentity id{s->from,
                         s->to,
                         s->name.value_or(from.name),
                         s->cow.value_or(from.cow_letters),
                         s->iso3.value_or(from.iso3),
                         s->iso2.value_or(from.iso2),
                         s->m49.value_or(from.m49),
                         s->gw.value_or(from.gw_code),
                         s->gwc.value_or(from.gw_letters)};
      if (!c.identities.empty() && c.identities.back().to_year >= id.from_year) {
        return AliasError(s->where, fmt::format("identity {}: the run from {} begins before the one before it ends; "
                                                "runs must be in order and must not overlap", c.ccode.value, s->from));
      }
      c.identities.push_back(std::move(id));
    }
  }

  // Every code of every identity, with its years. A code is current when the
  // codelist gives it to its holder today.
  for (const Country& c : reg.countries_) {
    int ccode = c.ccode.value;
    auto row_it = row_by_ccode.find(ccode);
    const CodelistRow* own = row_it == row_by_ccode.end() ? nullptr : row_it->second;
    std::string own_m49 = own ? std::to_string(own->m49) : "";
    std::string own_gw = own ? std::to_string(own->gw) : "";
    std::string own_gwc = own ? own->gwc : "";
    for (const CountryIdentity& id : c.identities) {
      auto claim = [&](const std::string& code, const std::string& today) {
        return CodeClaim{Hit{ccode, -1}, id.from_year, id.to_year, !today.empty() && today != "0" && code == today};
      };
      std::string gw = std::to_string(id.gw_code);
      std::string m49 = std::to_string(id.m49);
      reg.AddClaim(CodeSystem::kIso3, id.iso3, claim(id.iso3, c.iso3));
      reg.AddClaim(CodeSystem::kIso2, id.iso2, claim(id.iso2, c.iso2));
      reg.AddClaim(CodeSystem::kCowLetters, id.cow_letters, claim(id.cow_letters, c.cow_letters));
      reg.AddClaim(CodeSystem::kM49, m49, claim(m49, own_m49));
      reg.AddClaim(CodeSystem::kGwCode, gw, claim(gw, own_gw));
      reg.AddClaim(CodeSystem::kGwLetters, id.gw_letters, claim(id.gw_letters, own_gwc));
      reg.AddName(id.name, ccode);
    }
  }
  // The other codes datasets use (COW letters of the state list, the alias
  // table's ISO2) hold over the state's whole life and are current, unless
  // one of its periods already carries the code with its years.
  auto whole_life = [&reg](CodeSystem system, const std::string& code, int ccode) {
    const Country* c = reg.Find(CowCode{ccode});
    for (const CountryIdentity& id : c->identities) {
      if ((system == CodeSystem::kIso2 ? id.iso2 : id.cow_letters) == code) return;
    }
    reg.AddClaim(system, code,
                 CodeClaim{Hit{ccode, -1}, c->identities.front().from_year, c->identities.back().to_year, true});
  };
  for (const auto& [code, ccode] : reg.by_cow_letters_) whole_life(CodeSystem::kCowLetters, code, ccode);
  for (const auto& [code, ccode] : reg.by_iso2_) whole_life(CodeSystem::kIso2, code, ccode);

  // Names in other languages last, so that they never add a reading to a
  // name already known (the German "Congo" must not make "Congo" ambiguous).
  // Only users' queries read them: a dataset's names stay English, so that
  // a misspelt "Chine" in a dataset is still an error.
  for (const CodelistRow& row : rows) {
    int ccode = row.ccode < 0 ? -row.ccode : row.ccode;
    std::optional<size_t> entity;
    if (ccode == 0) {
      auto it = reg.entity_names_.find(NormalizeName(row.name));
      if (it == reg.entity_names_.end()) continue;
      entity = it->second;
    }
    for (const std::string& n : row.other_languages) {
      if (n.empty()) continue;
      if (NeedsScriptKey(n)) {
        auto& targets = reg.by_script_name_[Trim(n)];
        if (std::find(targets.begin(), targets.end(), ccode) == targets.end()) targets.push_back(ccode);
        if (entity) reg.entity_names_.emplace(Trim(n), *entity);
        continue;
      }
      std::string key = NormalizeName(n);
      if (key.empty() || reg.by_name_.count(key) != 0) continue;
      // Two languages' names may meet: then the name is ambiguous, as it should be.
      auto& targets = reg.by_other_language_[key];
      if (std::find(targets.begin(), targets.end(), ccode) == targets.end()) targets.push_back(ccode);
      if (entity) reg.entity_names_.emplace(key, *entity);
    }
  }
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
    actor.name = e != entity_names_.end() ? entities_[e->second].name : trimmed;
    return actor;
  }
  actor.country = Find(CowCode{it->second[0]});
  actor.name = actor.country->name;
  return actor;
}

}  // namespace entente
