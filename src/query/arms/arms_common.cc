// Loading the trade register for a query; resolving parties and periods.
#include "query/arms/arms_common.h"

#include <fmt/format.h>

#include "core/text.h"
#include "query/query_args.h"

namespace entente {

Result<std::shared_ptr<const ArmsRegister>> LoadArmsRegister(Workspace& ws) {
  Result<std::filesystem::path> path = ws.DatasetPath(kSipriDataset);
  if (!path.ok()) return path.status();
  Result<const CountryRegistry*> registry = ws.Registry();
  if (!registry.ok()) return registry.status();
  const DatasetInfo* info = ws.manifest().Find(kSipriDataset);
  return ws.LoadOnce<ArmsRegister>(kSipriDataset,
                                   [&] { return LoadSipriTransfers(*path, info->path, **registry, info->csv); });
}

Result<ArmsParty> ResolveArmsParty(Workspace& ws, const ArmsRegister& reg, std::string_view query) {
  Result<const Country*> state = ws.ResolveCountry(query);
  if (state.ok()) return ArmsParty{(*state)->Label(), reg.FindState((*state)->ccode)};
  std::string key = NormalizeName(query);
  for (size_t i = 0; i < reg.actors.size(); ++i) {
    const Actor& a = reg.actors[i];
    if (!a.is_state() && !key.empty() && NormalizeName(a.name) == key) {
      return ArmsParty{a.name, static_cast<ActorId>(i)};
    }
  }
  return state.status();
}

Result<Period> ArmsPeriod(const ArmsRegister& reg, std::optional<int> from, std::optional<int> to, Answer* answer) {
  if (!reg.years) return Status::DataError("the SIPRI trade register has no deliveries");
  if (from && to && *from > *to) return Status::Usage(fmt::format("--from {} is after --to {}", *from, *to));
  Period asked{from.value_or(reg.years->from), to.value_or(reg.years->to)};
  std::optional<Period> inside = asked.from <= asked.to ? asked.Intersect(*reg.years) : std::nullopt;
  if (!inside) {
    std::string what = from && to ? asked.ToString()
                       : from     ? fmt::format("--from {}", *from)
                                  : fmt::format("--to {}", *to);
    return Status::Usage(fmt::format("{} is outside the SIPRI trade register, which records deliveries in {}", what,
                                     reg.years->ToString()));
  }
  if (*inside != asked) {
    answer->notes.push_back(fmt::format("The period asked for, {}, was cut to {}: the trade register records "
                                        "deliveries in {} only.", asked.ToString(), inside->ToString(),
                                        reg.years->ToString()));
  }
  return *inside;
}

void AddActorColumns(Table& table, const std::string& role) {
  table.AddColumn(role);
  AddRoleColumns(table, role);
}

void AppendActorCells(std::vector<Cell>& row, const Actor& actor, std::optional<int> year) {
  row.emplace_back(actor.name);
  const Country* state = actor.is_state() ? actor.country : nullptr;
  int when = year ? *year : (state && !state->identities.empty() ? state->Current().from_year : 0);
  AppendStateCells(row, state, when);
}

std::string ActorLabel(const Actor& actor) { return actor.is_state() ? actor.country->Label() : actor.name; }

void AddArmsProvenance(Workspace& ws, Answer& answer, int64_t unvalued) {
  static const std::string kTivNote =
      "TIV is SIPRI's trend-indicator value, in millions: the volume of major conventional arms delivered, "
      "not their price. SIPRI rounds register values, so sums may differ slightly from SIPRI's own tables.";
  answer.notes.push_back(kTivNote);
  if (unvalued > 0) {
    answer.notes.push_back(fmt::format("{} register rows in this selection have no TIV value (SIPRI identified no "
                                       "deliveries); they add nothing to the totals.", unvalued));
  }
  answer.UseDataset(ws.Ref(kSipriDataset));
}

std::string PercentText(const std::optional<double>& share) {
  return share ? fmt::format("{:.2f}%", *share * 100) : "-";
}

}  // namespace entente
