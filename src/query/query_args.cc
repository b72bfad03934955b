// Year windows against dataset coverage, and dyad resolution.
#include "query/query_args.h"

#include <fmt/format.h>

namespace entente {

Result<Period> CoveredYears(const Workspace& ws, std::string_view id, const YearFlags& flags, Answer* answer) {
  if (flags.from && flags.to && *flags.from > *flags.to) {
    return Status::Usage(fmt::format("--from {} is after --to {}; expected from <= to", *flags.from, *flags.to));
  }
  const DatasetInfo* info = ws.manifest().Find(id);
  if (info == nullptr || !info->years) {
    return Status::Runtime(fmt::format("dataset \"{}\" has no years in the manifest", id));
  }
  const Period coverage = *info->years;
  if (flags.from && *flags.from > coverage.to) {
    return Status::Usage(fmt::format("{} ({}) ends in {}: {} is past its coverage, so there is no data to show",
                                     info->title, id, coverage.to,
                                     flags.to ? Period{*flags.from, *flags.to}.ToString()
                                              : std::to_string(*flags.from) + " and later"));
  }
  if (flags.to && *flags.to < coverage.from) {
    return Status::Usage(fmt::format("{} ({}) starts in {}: {} is before its coverage, so there is no data to show",
                                     info->title, id, coverage.from,
                                     flags.from ? Period{*flags.from, *flags.to}.ToString()
                                                : std::to_string(*flags.to) + " and earlier"));
  }
  const Period asked{flags.from.value_or(coverage.from), flags.to.value_or(coverage.to)};
  const Period covered = *asked.Intersect(coverage);
  answer->AddFact("period", covered.ToString());
  if (asked.from < coverage.from) {
    answer->AddFact("before_coverage", fmt::format("{} starts in {}: {} has no data", id, coverage.from,
                                                   Period{asked.from, coverage.from - 1}.ToString()));
  }
  if (asked.to > coverage.to) {
    answer->AddFact("past_coverage", fmt::format("{} ends in {}: {} is past its coverage and has no data", id,
                                                 coverage.to, Period{coverage.to + 1, asked.to}.ToString()));
  }
  return covered;
}

Result<std::pair<const Country*, const Country*>> ResolvePair(Workspace& ws, std::string_view a, std::string_view b) {
  Result<const Country*> ca = ws.ResolveCountry(a);
  if (!ca.ok()) return ca.status();
  Result<const Country*> cb = ws.ResolveCountry(b);
  if (!cb.ok()) return cb.status();
  if (*ca == *cb) {
    return Status::Usage(fmt::format("\"{}\" and \"{}\" are both {}; give two different states", a, b,
                                     (*ca)->Label()));
  }
  return std::make_pair(*ca, *cb);
}

Cell CcodeCell(CowCode code) { return Cell(static_cast<int64_t>(code.value)); }

void NameRegistryDatasets(const Workspace& ws, Answer& answer) {
  auto names_state = [](const std::string& c) {
    return c == "ccode" || c == "ccode1" || c == "ccode2" || c.ends_with("_ccode");
  };
  for (const Section& s : answer.sections) {
    for (const Column& c : s.table.columns) {
      if (!names_state(c.name)) continue;
      answer.UseDataset(ws.Ref("codelist"));
      answer.UseDataset(ws.Ref("cow_states"));
      return;
    }
  }
}

void AddStateColumns(Table& table, std::string_view suffix) {
  std::string sep = suffix.empty() ? "" : "_";
  table.AddColumn(fmt::format("ccode{}", suffix));
  table.AddColumn(fmt::format("iso3{}{}", sep, suffix));
  table.AddColumn(fmt::format("stateabb{}", suffix));
}

void AddRoleColumns(Table& table, std::string_view role) {
  for (const char* what : {"ccode", "iso3", "stateabb"}) table.AddColumn(fmt::format("{}_{}", role, what));
}

void AppendStateCells(std::vector<Cell>& row, const Country* c, int year) {
  const CountryIdentity* id = c ? c->IdentityIn(year) : nullptr;
  auto text = [](const std::string& s) { return s.empty() ? Cell() : Cell(s); };
  row.push_back(c ? CcodeCell(c->ccode) : Cell());
  row.push_back(id ? text(id->iso3) : Cell());
  row.push_back(id ? text(id->cow_letters) : (c ? text(c->cow_letters) : Cell()));
}

}  // namespace entente
