// A state's names and codes by period, or in one year, and the list of every
// state in the registry: the answer of `entente country`.
#include "query/codes/country_query.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace entente {
namespace {

std::string Spells(const Country& c) {
  std::vector<std::string> parts;
  for (const StateSpell& s : c.spells) parts.push_back(fmt::format("{}-{}", s.from_year, s.to_year));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string PeriodYears(const CountryIdentity& id) {
  if (id.to_year == kOpenYear) return fmt::format("from {}", id.from_year);
  return fmt::format("{}-{}", id.from_year, id.to_year);
}

Cell OptionalText(const std::string& s) { return s.empty() ? Cell() : Cell(s); }
Cell OptionalNumber(int code) { return code == 0 ? Cell() : Cell(static_cast<int64_t>(code)); }

void AddIdentityRow(Table& t, const Country& c, const CountryIdentity& id) {
  t.AddRow({id.name, Cell(static_cast<int64_t>(c.ccode.value)), OptionalText(id.cow_letters), OptionalText(id.iso3),
            OptionalText(id.iso2), c.spells.empty() ? Cell() : Cell(Spells(c)), OptionalNumber(id.gw_code),
            OptionalText(id.gw_letters), OptionalNumber(id.m49), Cell(static_cast<int64_t>(id.from_year)),
            id.to_year == kOpenYear ? Cell() : Cell(static_cast<int64_t>(id.to_year))});
}

}  // namespace

Result<Answer> QueryCountry(Workspace& ws, const CountryRequest& opts) {
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  Answer answer;
  answer.command = "country";
  Table& t = answer.AddSection("countries", "Countries");
  for (const char* col : {"name", "ccode", "stateabb", "iso3", "iso2", "state_system", "gwcode", "gw_stateid", "m49", "from",
                          "to"}) {
    t.AddColumn(col);
  }
  if (opts.list) {
    size_t n = 0;
    for (const Country& c : (*reg)->countries()) {
      if (opts.year) {
        const CountryIdentity* id = (*reg)->IdentityIn(c.ccode, *opts.year);
        if (!id->Covers(*opts.year)) continue;
        AddIdentityRow(t, c, *id);
      } else {
        for (const CountryIdentity& id : c.identities) AddIdentityRow(t, c, id);
      }
      ++n;
    }
    answer.title = opts.year ? fmt::format("{} states in the registry in {}", n, *opts.year)
                             : fmt::format("{} states in the registry, by period", n);
  } else {
    if (opts.query.empty()) return Status::Usage("country: give a QUERY or --list");
    Result<const Country*> found = (*reg)->Resolve(opts.query, opts.year);
    if (!found.ok()) return found.status();
    const Country& c = **found;
    if (opts.query.size() == 3 && opts.query.find(':') == std::string::npos) {
      // A three-letter code is read as ISO3 first: say when COW's letters mean another state.
      Result<const Country*> cow = (*reg)->Resolve("cow:" + opts.query, opts.year);
      if (cow.ok() && *cow != &c) {
        answer.notes.push_back(fmt::format("{} is read as an ISO3 code; as COW letters it is {}: type cow:{} for it.",
                                           opts.query, (*cow)->Label(), opts.query));
      }
    }
    if (opts.year) {
      const CountryIdentity* id = (*reg)->IdentityIn(c.ccode, *opts.year);
      AddIdentityRow(t, c, *id);
      answer.title = fmt::format("\"{}\" in {} is {} (COW {})", opts.query, *opts.year, id->name, c.ccode.value);
      if (!id->Covers(*opts.year)) {
        answer.notes.push_back(fmt::format("{} names no state in {}: shown is its identity of {}.", c.ccode.value,
                                           *opts.year, PeriodYears(*id)));
      }
    } else {
      for (const CountryIdentity& id : c.identities) AddIdentityRow(t, c, id);
      if (c.identities.size() == 1) {
        answer.title = fmt::format("\"{}\" is {}", opts.query, c.name);
      } else {
        std::vector<std::string> runs;
        for (const CountryIdentity& id : c.identities) runs.push_back(fmt::format("{} {}", id.name, PeriodYears(id)));
        answer.title = fmt::format("\"{}\" is COW state {}: {}", opts.query, c.ccode.value, fmt::join(runs, ", "));
      }
    }
  }
  answer.UseDataset(ws.Ref("codelist"));
  answer.UseDataset(ws.Ref("cow_states"));
  return answer;
}


}  // namespace entente
