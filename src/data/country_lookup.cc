// Resolving what a user typed against the registry: codes of every system by
// year, names, the codelist's patterns, and the errors and suggestions for a
// query that names no one state.
#include <algorithm>
#include <mutex>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "core/text.h"
#include "data/country_registry.h"

namespace entente {
namespace {

// Pattern results are remembered for this many distinct queries at most.
constexpr size_t kMaxRememberedQueries = 100000;

constexpr std::pair<std::string_view, CodeSystem> kSystemNames[] = {
    {"auto", CodeSystem::kAny},         {"name", CodeSystem::kName}, {"ccode", CodeSystem::kCowCode},
    {"cowc", CodeSystem::kCowLetters},  {"iso2", CodeSystem::kIso2}, {"iso3", CodeSystem::kIso3},
    {"m49", CodeSystem::kM49},          {"gwcode", CodeSystem::kGwCode}, {"gwc", CodeSystem::kGwLetters},
};

bool IsAllLetters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

std::string TrimQuery(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Reads a "cow:", "iso:", "m49:", "un:" or "gw:" prefix off *query.
CodeSystem TakePrefix(std::string* query) {
  size_t colon = query->find(':');
  if (colon == std::string::npos || colon > 3) return CodeSystem::kAny;
  std::string prefix = ToLower(query->substr(0, colon));
  std::string rest = TrimQuery(query->substr(colon + 1));
  int number = 0;
  bool numeric = ParseInt(rest, &number);
  CodeSystem system = CodeSystem::kAny;
  if (prefix == "cow") {
    system = numeric ? CodeSystem::kCowCode : CodeSystem::kCowLetters;
  } else if (prefix == "gw") {
    system = numeric ? CodeSystem::kGwCode : CodeSystem::kGwLetters;
  } else if (prefix == "m49" || prefix == "un") {
    system = CodeSystem::kM49;
  } else if (prefix == "iso") {
    system = numeric ? CodeSystem::kM49 : rest.size() == 2 ? CodeSystem::kIso2 : CodeSystem::kIso3;
  } else {
    return CodeSystem::kAny;
  }
  *query = rest;
  return system;
}

}  // namespace

std::optional<CodeSystem> ParseCodeSystem(std::string_view name) {
  std::string lower = ToLower(name);
  for (const auto& [n, system] : kSystemNames) {
    if (n == lower) return system;
  }
  return std::nullopt;
}

std::string_view CodeSystemName(CodeSystem system) {
  for (const auto& [n, s] : kSystemNames) {
    if (s == system) return n;
  }
  return "auto";
}

struct CountryRegistry::CompiledPatterns {
  std::once_flag once;
  std::vector<std::pair<std::regex, int>> patterns;
  std::mutex mutex;  // guards `remembered`
  std::map<std::string, std::vector<int>, std::less<>> remembered;
};

std::shared_ptr<CountryRegistry::CompiledPatterns> CountryRegistry::NewCompiledPatterns() {
  return std::make_shared<CompiledPatterns>();
}

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

std::vector<int> CountryRegistry::MatchPatterns(const std::string& query) const {
  // The query is at most kMaxCountryQueryBytes long, which bounds the depth
  // of std::regex's recursion (about two frames a byte).
  std::string lower = ToLower(query);
  const CompiledPatterns& compiled = Compiled();
  {
    std::lock_guard<std::mutex> lock(compiled_->mutex);
    if (auto it = compiled_->remembered.find(lower); it != compiled_->remembered.end()) return it->second;
  }
  std::vector<int> codes;
  for (const auto& [re, ccode] : compiled.patterns) {
    if (std::regex_search(lower, re) && std::find(codes.begin(), codes.end(), ccode) == codes.end()) {
      codes.push_back(ccode);
    }
  }
  std::lock_guard<std::mutex> lock(compiled_->mutex);
  if (compiled_->remembered.size() < kMaxRememberedQueries) compiled_->remembered.emplace(lower, codes);
  return codes;
}

std::vector<CountryRegistry::Hit> CountryRegistry::LookupCodes(std::initializer_list<CodeSystem> systems,
                                                              std::string_view code, std::optional<int> year,
                                                              bool* year_matters) const {
  std::string key = ToUpper(code);
  if (year_matters != nullptr) {
    // A year can only choose between different states that hold the code.
    std::vector<int> holders;
    for (CodeSystem system : systems) {
      auto sit = codes_.find(system);
      if (sit == codes_.end()) continue;
      auto it = sit->second.find(key);
      if (it == sit->second.end()) continue;
      for (const CodeClaim& c : it->second) {
        if (c.hit.ccode != 0 && std::find(holders.begin(), holders.end(), c.hit.ccode) == holders.end()) {
          holders.push_back(c.hit.ccode);
        }
      }
    }
    *year_matters = *year_matters || holders.size() > 1;
  }
  // States before places without a COW code ("MAC" is COW's North Macedonia
  // before ISO's Macao), each first in the year asked, then in any year.
  for (bool states : {true, false}) {
    for (bool in_year : {true, false}) {
      if (in_year && !year) continue;
      for (CodeSystem system : systems) {
        auto sit = codes_.find(system);
        if (sit == codes_.end()) continue;
        auto it = sit->second.find(key);
        if (it == sit->second.end()) continue;
        std::vector<const CodeClaim*> pool;
        for (const CodeClaim& c : it->second) {
          if ((c.hit.ccode != 0) != states) continue;
          if (in_year && !(c.from_year <= *year && *year <= c.to_year)) continue;
          pool.push_back(&c);
        }
        if (pool.empty()) continue;
        auto distinct = [&pool](bool current_only) {
          std::vector<Hit> hits;
          for (const CodeClaim* c : pool) {
            if (current_only && !c->current) continue;
            bool seen = std::any_of(hits.begin(), hits.end(), [c](const Hit& h) {
              return h.ccode == c->hit.ccode && h.entity == c->hit.entity;
            });
            if (!seen) hits.push_back(c->hit);
          }
          return hits;
        };
        std::vector<Hit> hits = distinct(false);
        if (hits.size() > 1) {
          // Several holders: the one the codelist gives it today ("DEU" in
          // 1990, the year of unification, is Germany).
          std::vector<Hit> current = distinct(true);
          if (!current.empty()) hits = current;
        }
        return hits;
      }
    }
  }
  return {};
}

std::vector<CountryRegistry::Hit> CountryRegistry::LookupNames(const std::string& query) const {
  std::string key = NormalizeName(query);
  std::vector<Hit> hits;
  auto take = [&](const std::vector<int>& codes, const std::string& entity_key) {
    for (int c : codes) {
      if (c != 0) {
        hits.push_back(Hit{c, -1});
      } else if (auto e = entity_names_.find(entity_key); e != entity_names_.end()) {
        hits.push_back(Hit{0, static_cast<int>(e->second)});
      }
    }
  };
  if (auto it = ambiguous_names_.find(key); it != ambiguous_names_.end()) {
    take(it->second, key);
  } else if (auto it = by_name_.find(key); it != by_name_.end()) {
    take(it->second, key);
  } else if (auto it = by_other_language_.find(key); it != by_other_language_.end()) {
    take(it->second, key);
  } else if (auto it = by_script_name_.find(query); it != by_script_name_.end()) {
    take(it->second, query);
  }
  if (hits.empty() && !key.empty()) {
    // A longer name of a non-state actor ("Turkish Republic of Northern
    // Cyprus") is that actor, not the state a pattern would find in it.
    std::string padded = " " + key + " ";
    for (const std::string& actor : non_state_names_) {
      if (padded.find(" " + actor + " ") != std::string::npos) {
        take({0}, actor);
        return hits;
      }
    }
  }
  if (hits.empty() && query.size() > 3) {
    // codelist's own patterns (countrycode's regexes) catch longer forms
    // such as "Republic of Korea" or "Korea, South".
    for (int c : MatchPatterns(query)) hits.push_back(Hit{c, -1});
  }
  return hits;
}

CountryMatch CountryRegistry::ToMatch(const std::vector<Hit>& hits, std::optional<int> year) const {
  CountryMatch m;
  std::vector<int> codes;
  for (const Hit& h : hits) {
    if (h.ccode != 0 && std::find(codes.begin(), codes.end(), h.ccode) == codes.end()) codes.push_back(h.ccode);
  }
  if (year && codes.size() > 1) {
    // With a year, a name means the states that existed then, when any did.
    std::vector<int> then;
    for (int c : codes) {
      if (Exists(c, *year)) then.push_back(c);
    }
    if (!then.empty()) codes = then;
  }
  for (int c : codes) m.states.push_back(Find(CowCode{c}));
  std::sort(m.states.begin(), m.states.end(), [](const Country* a, const Country* b) { return a->ccode < b->ccode; });
  if (m.states.empty()) {
    for (const Hit& h : hits) {
      if (h.entity >= 0) {
        m.place = &entities_[static_cast<size_t>(h.entity)];
        break;
      }
    }
  }
  return m;
}

CountryMatch CountryRegistry::Lookup(std::string_view query, std::optional<int> year, CodeSystem system) const {
  return ToMatch(LookupHits(query, year, system, nullptr), year);
}

bool CountryRegistry::DependsOnYear(std::string_view query, CodeSystem system) const {
  bool year_matters = false;
  std::vector<Hit> hits = LookupHits(query, std::nullopt, system, &year_matters);
  // With a year, a name that means several states keeps those that existed then.
  std::vector<int> states;
  for (const Hit& h : hits) {
    if (h.ccode != 0 && std::find(states.begin(), states.end(), h.ccode) == states.end()) states.push_back(h.ccode);
  }
  return year_matters || states.size() > 1;
}

std::vector<CountryRegistry::Hit> CountryRegistry::LookupHits(std::string_view raw, std::optional<int> year,
                                                             CodeSystem system, bool* year_matters) const {
  std::string query = TrimQuery(raw);
  if (query.empty() || query.size() > kMaxCountryQueryBytes) return {};
  if (system == CodeSystem::kAny) system = TakePrefix(&query);
  int number = 0;
  bool numeric = ParseInt(query, &number);
  std::vector<Hit> hits;
  switch (system) {
    case CodeSystem::kAny:
      if (numeric) {
        if (Find(CowCode{number}) != nullptr) hits.push_back(Hit{number, -1});
        break;
      }
      if (IsAllLetters(query) && query.size() == 2) hits = LookupCodes({CodeSystem::kIso2}, query, year, year_matters);
      if (IsAllLetters(query) && query.size() == 3) {
        hits = LookupCodes({CodeSystem::kIso3, CodeSystem::kCowLetters, CodeSystem::kGwLetters}, query, year,
                           year_matters);
      }
      if (hits.empty()) hits = LookupNames(query);
      break;
    case CodeSystem::kName:
      hits = LookupNames(query);
      break;
    case CodeSystem::kCowCode:
      if (numeric && Find(CowCode{number}) != nullptr) hits.push_back(Hit{number, -1});
      break;
    case CodeSystem::kM49:
    case CodeSystem::kGwCode:
      if (numeric) hits = LookupCodes({system}, std::to_string(number), year, year_matters);
      break;
    default:
      hits = LookupCodes({system}, query, year, year_matters);
      break;
  }
  return hits;
}

std::vector<const Country*> CountryRegistry::Candidates(std::string_view query, std::optional<int> year) const {
  return Lookup(query, year).states;
}

Result<const Country*> CountryRegistry::Resolve(std::string_view query, std::optional<int> year,
                                                CodeSystem system) const {
  CountryMatch m = Lookup(query, year, system);
  if (m.states.size() == 1) return m.states[0];
  return Explain(query, year, m);
}

Status CountryRegistry::Explain(std::string_view raw, std::optional<int> year, const CountryMatch& match) const {
  std::string query = TrimQuery(raw);
  if (query.size() > kMaxCountryQueryBytes) {
    return Status::Usage(fmt::format("a country name of {} bytes is longer than any state's ({} at most are read); "
                                     "type a name, an ISO code or a COW code", query.size(), kMaxCountryQueryBytes));
  }
  if (query.empty()) return Status::Usage("empty country name; type a name, an ISO code or a COW code");
  if (match.states.size() > 1) {
    std::vector<std::string> labels;
    for (const Country* c : match.states) labels.push_back(c->Label());
    return Status::Usage(fmt::format("\"{}\" is ambiguous{}: it may mean {}; type a COW code or an ISO code{}", query,
                                     year ? fmt::format(" in {}", *year) : "", fmt::join(labels, " or "),
                                     year ? "" : ", or give a year"));
  }
  if (match.place != nullptr) {
    return Status::Usage(fmt::format("\"{}\" ({}) is not a state of the COW state system and has no COW code", query,
                                     match.place->name));
  }
  int number = 0;
  if (ParseInt(query, &number)) {
    // A number that is no COW code may be another system's.
    std::vector<std::string> hints;
    for (auto [system, prefix] : {std::pair{CodeSystem::kM49, "m49"}, std::pair{CodeSystem::kGwCode, "gw"}}) {
      CountryMatch other = Lookup(query, year, system);
      if (other.states.size() == 1) {
        // Named as in the period that carries the code (688 is Serbia's, not Yugoslavia's).
        const Country* c = other.states[0];
        std::string name = c->name;
        for (const CountryIdentity& id : c->identities) {
          if ((system == CodeSystem::kM49 ? id.m49 : id.gw_code) == number) name = id.name;
        }
        hints.push_back(fmt::format("as a {} code it is {} (COW {}; type {}:{})",
                                    system == CodeSystem::kM49 ? "UN M49" : "Gleditsch-Ward", name, c->ccode.value,
                                    prefix, number));
      }
    }
    return Status::Usage(fmt::format("unknown country \"{}\": no state has this COW code{}{}", query,
                                     hints.empty() ? "" : "; ", fmt::join(hints, "; ")));
  }
  std::vector<std::string> close = Suggest(query);
  if (close.empty()) {
    return Status::Usage(fmt::format("unknown country \"{}\"; type a name, an ISO code or a COW code "
                                     "(`entente country --list` lists them)", query));
  }
  return Status::Usage(fmt::format("unknown country \"{}\"; did you mean {}?", query, fmt::join(close, ", ")));
}

std::vector<std::string> CountryRegistry::Suggest(std::string_view raw, size_t limit) const {
  std::string query = TrimQuery(raw);
  if (query.empty() || query.size() > kMaxCountryQueryBytes) return {};
  std::string key = NormalizeName(query);
  std::string upper = ToUpper(query);
  // A short query looks like a code: codes come before names at equal distance.
  bool code_like = query.size() <= 3;
  struct Scored {
    size_t distance;
    int kind;       // 0 is preferred
    size_t prefix;  // letters in common at the start: a slip near the end is likelier
    int ccode;
  };
  auto common_prefix = [](std::string_view a, std::string_view b) {
    size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
  };
  std::vector<Scored> scored;
  for (const auto& [name, codes] : by_name_) {
    size_t d = EditDistance(key, name);
    // Prefixes count as close: "pakis" should suggest Pakistan.
    if (!key.empty() && name.rfind(key, 0) == 0) d = std::min<size_t>(d, 1);
    for (int c : codes) {
      if (c != 0) scored.push_back(Scored{d, code_like ? 1 : 0, common_prefix(key, name), c});
    }
  }
  for (CodeSystem system : {CodeSystem::kIso3, CodeSystem::kIso2, CodeSystem::kCowLetters, CodeSystem::kGwLetters}) {
    auto sit = codes_.find(system);
    if (sit == codes_.end()) continue;
    for (const auto& [code, claims] : sit->second) {
      size_t d = EditDistance(upper, code);
      size_t prefix = common_prefix(upper, code);
      for (const CodeClaim& c : claims) {
        if (c.hit.ccode != 0) scored.push_back(Scored{d, code_like ? 0 : 1, prefix, c.hit.ccode});
      }
    }
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.prefix != b.prefix) return a.prefix > b.prefix;
    return a.ccode < b.ccode;
  });
  size_t max_distance = code_like ? 1 : std::max<size_t>(2, key.size() / 3);
  std::vector<std::string> out;
  std::set<int> seen;
  for (const Scored& s : scored) {
    if (out.size() >= limit || s.distance > max_distance) break;
    if (!seen.insert(s.ccode).second) continue;
    out.push_back(Find(CowCode{s.ccode})->Label());
  }
  return out;
}

}  // namespace entente
