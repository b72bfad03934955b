// The conversion of a CSV column of names or codes: resolve each distinct
// (value, year) once, append the asked codes, report what did not match.
#include "query/codes/country_codes.h"

#include <unordered_map>

#include <fmt/format.h>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {
namespace {

// Output is written in blocks of about this many bytes.
constexpr size_t kWriteBlockBytes = 1 << 16;

void AppendCsvField(std::string* out, std::string_view text, bool quoted) {
  if (!quoted && text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(text);
    return;
  }
  out->push_back('"');
  for (char c : text) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string_view TrimField(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string NumberOrEmpty(int n) { return n == 0 ? "" : std::to_string(n); }

// The appended fields, each with its leading comma, for one identity.
std::string AppendedFields(const std::vector<CodeSystem>& to, int ccode, const CountryIdentity* id) {
  std::string out;
  for (CodeSystem s : to) {
    out.push_back(',');
    if (id == nullptr) continue;
    switch (s) {
      case CodeSystem::kCowCode: out += NumberOrEmpty(ccode); break;
      case CodeSystem::kCowLetters: AppendCsvField(&out, id->cow_letters, false); break;
      case CodeSystem::kIso2: AppendCsvField(&out, id->iso2, false); break;
      case CodeSystem::kIso3: AppendCsvField(&out, id->iso3, false); break;
      case CodeSystem::kM49: out += NumberOrEmpty(id->m49); break;
      case CodeSystem::kGwCode: out += NumberOrEmpty(id->gw_code); break;
      case CodeSystem::kGwLetters: AppendCsvField(&out, id->gw_letters, false); break;
      case CodeSystem::kName: AppendCsvField(&out, id->name, false); break;
      case CodeSystem::kAny: break;
    }
  }
  return out;
}

struct ValueOutcome {
  std::string suffix;
  int problem = -1;  // index into the summary's problems
  int ccode = 0;     // the state, when matched
  bool matched = false;
  bool place = false;
};

// What a value means in any year, when no year can change it.
struct ValueInfo {
  bool depends_on_year = false;
  bool resolved = false;  // `outcome` is filled on first use
  ValueOutcome outcome;   // resolved without a year
};

}  // namespace

std::string CodesColumnName(CodeSystem system) { return std::string(CodeSystemName(system)); }

Result<CodesSummary> ConvertCodes(const CountryRegistry& registry, std::istream& in, const std::string& source,
                                  const CodesRequest& request, std::ostream& out) {
  CsvReader reader(in, source);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  auto column = [&reader](const std::string& name) -> Result<size_t> {
    Result<size_t> c = reader.ColumnIndex(name);
    if (!c.ok()) return Status::Usage(c.status().message());
    return c;
  };
  Result<size_t> value_col = column(request.column);
  if (!value_col.ok()) return value_col.status();
  std::optional<size_t> year_col;
  if (!request.year_column.empty()) {
    Result<size_t> c = column(request.year_column);
    if (!c.ok()) return c.status();
    year_col = *c;
  }
  std::string buffer;
  for (size_t i = 0; i < reader.header().size(); ++i) {
    if (i > 0) buffer.push_back(',');
    AppendCsvField(&buffer, reader.header()[i], false);
  }
  for (CodeSystem s : request.to) {
    std::string name = CodesColumnName(s);
    for (const std::string& h : reader.header()) {
      if (h == name) {
        return Status::Usage(fmt::format("{}: the input already has a column \"{}\"; rename it, or leave {} out "
                                         "of --to", source, name, name));
      }
    }
    buffer.push_back(',');
    buffer += name;
  }
  buffer.push_back('\n');
  const std::string empty_suffix = AppendedFields(request.to, 0, nullptr);

  CodesSummary summary;
  std::unordered_map<std::string, ValueOutcome> by_value_and_year;  // values a year can change
  std::unordered_map<std::string, ValueInfo> by_value;
  std::unordered_map<int64_t, std::string> by_state_and_year;       // appended fields of a state in a year
  std::unordered_map<std::string, size_t> problem_of_value;
  auto resolve = [&](std::string_view value, std::optional<int> year, std::string_view bad_year) {
    ValueOutcome o;
    std::string problem_key(value);
    CountryMatch m;
    if (!bad_year.empty()) {
      problem_key = fmt::format("{}\x1f{}", value, bad_year);
    } else {
      m = registry.Lookup(value, year, request.from);
    }
    if (bad_year.empty() && m.states.size() == 1) {
      const Country* c = m.states[0];
      o.matched = true;
      o.ccode = c->ccode.value;
      o.suffix = AppendedFields(request.to, c->ccode.value, year ? registry.IdentityIn(c->ccode, *year) : &c->Current());
      return o;
    }
    o.place = bad_year.empty() && m.place != nullptr;
    o.suffix = o.place ? AppendedFields(request.to, 0, m.place) : empty_suffix;
    auto [p, fresh] = problem_of_value.emplace(problem_key, summary.problems.size());
    if (fresh) {
      CodesProblem problem;
      problem.value = std::string(value);
      problem.year = year;
      problem.place = o.place;
      if (!bad_year.empty()) {
        problem.reason = fmt::format("column \"{}\": got \"{}\", expected a year", request.year_column, bad_year);
      }
      summary.problems.push_back(std::move(problem));
    }
    o.problem = static_cast<int>(p->second);
    return o;
  };
  std::string key;
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    ++summary.rows;
    std::string_view value = rec.text(*value_col);
    std::optional<int> year;
    std::string_view year_text;
    bool bad_year = false;
    if (year_col) {
      year_text = TrimField(rec.text(*year_col));
      int y = 0;
      if (!year_text.empty()) {
        if (ParseInt(year_text, &y)) {
          year = y;
        } else {
          bad_year = true;
        }
      }
    }
    key.assign(value);
    auto vit = by_value.find(key);
    if (vit == by_value.end()) {
      ValueInfo info;
      info.depends_on_year = year_col && registry.DependsOnYear(value, request.from);
      vit = by_value.emplace(key, std::move(info)).first;
    }
    ValueInfo& info = vit->second;
    const ValueOutcome* o = nullptr;
    const std::string* suffix = nullptr;
    if (bad_year || (year && info.depends_on_year)) {
      key.push_back('\x1f');
      key.append(year_text);
      auto it = by_value_and_year.find(key);
      if (it == by_value_and_year.end()) {
        it = by_value_and_year.emplace(key, resolve(value, year, bad_year ? year_text : "")).first;
      }
      o = &it->second;
      suffix = &o->suffix;
    } else {
      if (!info.resolved) {
        info.outcome = resolve(value, std::nullopt, "");
        info.resolved = true;
      }
      o = &info.outcome;
      suffix = &o->suffix;
    }
    if (year && o->matched && !info.depends_on_year) {
      // The state is the same in every year; its name and codes are the year's.
      int64_t state_year = (static_cast<int64_t>(o->ccode) << 32) | static_cast<uint32_t>(*year);
      auto it = by_state_and_year.find(state_year);
      if (it == by_state_and_year.end()) {
        it = by_state_and_year
                 .emplace(state_year, AppendedFields(request.to, o->ccode, registry.IdentityIn(CowCode{o->ccode}, *year)))
                 .first;
      }
      suffix = &it->second;
    }
    if (o->matched) {
      ++summary.matched;
    } else {
      ++(o->place ? summary.places : summary.unmatched);
      CodesProblem& p = summary.problems[static_cast<size_t>(o->problem)];
      ++p.rows;
      if (p.lines.size() < kMaxCodesProblemLines) p.lines.push_back(rec.line());
    }
    for (size_t i = 0; i < rec.size(); ++i) {
      if (i > 0) buffer.push_back(',');
      AppendCsvField(&buffer, rec[i].text, rec[i].quoted);
    }
    buffer += *suffix;
    buffer.push_back('\n');
    if (buffer.size() >= kWriteBlockBytes) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  // Reasons, with suggestions, only for the values that will be listed: a
  // suggestion scans every name and code.
  for (size_t i = 0; i < summary.problems.size() && i < kMaxCodesProblemsExplained; ++i) {
    CodesProblem& p = summary.problems[i];
    if (!p.reason.empty()) continue;
    p.reason = registry.Explain(p.value, p.year, registry.Lookup(p.value, p.year, request.from)).message();
  }
  return summary;
}

}  // namespace entente
