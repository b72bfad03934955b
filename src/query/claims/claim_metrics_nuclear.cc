// Claim metrics over nuclear power reactors: how many reactors a state has
// and their design net capacity, by status and by the design's vendor state.
#include <fmt/format.h>

#include <set>

#include "core/number_format.h"
#include "data/nuclear_plants.h"
#include "data/reactor_vendors.h"
#include "query/claims/claim_metrics.h"
#include "query/relations/nuclear_query.h"

namespace entente {
namespace {

std::vector<ParamSpec> NuclearParams() {
  return {{"state", "state", true, "the state where the reactors are"},
          {"status", "text", false, "Operational, Under Construction, Planned, Shutdown ... (any when absent)"},
          {"supplier", "text", false, "iso3 of the design's vendor state, e.g. \"CHN\""},
          {"model", "text", false, "reactor model, e.g. \"ACP-1000\""}};
}

Result<Measurement> Reactors(Workspace& ws, const ClaimParams& p, const std::string& column, const std::string& definition) {
  NuclearRequest req;
  req.state = *TextParam(p, "state");
  AnswerPick pick{"reactors", column, {}, true, true};
  if (auto s = TextParam(p, "status")) pick.match.emplace_back("status", *s);
  if (auto s = TextParam(p, "supplier")) pick.match.emplace_back("supplier_iso3", *s);
  if (auto s = TextParam(p, "model")) pick.match.emplace_back("model", *s);
  Result<Answer> a = NoRowsAsNotFound(NuclearQuery(ws, req));
  // What the number was computed over: the answer has no period, so name the
  // reactors and the filters.
  auto with_basis = [&](Result<Measurement> m) {
    if (!m.ok() || !a.ok()) return m;
    m->basis = a->title;
    for (const auto& [name, value] : pick.match) m->basis += fmt::format("; {} {}", name, value);
    return m;
  };
  if (column == "count") {
    // Count rows: sum a column that is 1 for every reactor is not available,
    // so count matching rows through the capacity column's presence.
    Result<Measurement> m = MeasureFromAnswer(a, AnswerPick{"reactors", "name", {}, true, false}, definition);
    if (!m.ok() || !a.ok()) return m;
    int64_t n = 0;
    const Table& t = a->sections[0].table;
    for (const auto& row : t.rows) {
      bool ok = true;
      for (const auto& [name, value] : pick.match) {
        for (size_t i = 0; i < t.columns.size(); ++i) {
          if (t.columns[i].name == name && CellText(row[i]) != value) ok = false;
        }
      }
      n += ok;
    }
    m->text.clear();
    m->value = static_cast<double>(n);
    return with_basis(std::move(m));
  }
  return with_basis(MeasureFromAnswer(a, pick, definition));
}

// status, supplier and model are matched exactly against the reactors'
// cells, so a value the data never has would count nothing: each is checked
// against the values of the whole list (every state's reactors), as the
// nuclear query writes them.
Status CheckNuclearParams(Workspace& ws, const ClaimParams& p, std::vector<ParamProblem>* problems) {
  auto status = TextParam(p, "status");
  auto supplier = TextParam(p, "supplier");
  auto model = TextParam(p, "model");
  if (!status && !supplier && !model) return Status::Ok();
  auto reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  const auto& vendors = ReactorVendors::Builtin();
  if (!vendors.ok()) return vendors.status();
  auto reactors = LoadReactors(ws);
  if (!reactors.ok()) return reactors.status();
  std::set<std::string> statuses, suppliers, models;
  for (const Reactor& r : **reactors) {
    statuses.insert(r.status);
    if (!r.model.empty()) models.insert(r.model);
    const ReactorVendor* v = vendors->Find(r.model);
    const Country* c = v ? (*reg)->Find(v->ccode) : nullptr;
    const CountryIdentity* id = c ? c->IdentityIn(r.construction_start ? r.construction_start->year : kOpenYear) : nullptr;
    if (id && !id->iso3.empty()) suppliers.insert(id->iso3);
  }
  auto check = [&](const char* name, const std::optional<std::string>& value, const std::set<std::string>& valid,
                   const char* what) {
    if (value && !valid.count(*value)) {
      problems->push_back({name, UnknownValue(what, *value, std::vector<std::string>(valid.begin(), valid.end()))});
    }
  };
  check("status", status, statuses, "reactor status");
  check("supplier", supplier, suppliers, "vendor state (iso3)");
  check("model", model, models, "reactor model");
  return Status::Ok();
}

}  // namespace

void RegisterNuclearMetrics(MetricRegistry& registry) {
  Metric& reactors = registry.Add(Metric{"nuclear.reactors", "Number of power reactors in the state (by status, vendor, model)",
                      NuclearParams(), [](Workspace& ws, const ClaimParams& p) {
                        return Reactors(ws, p, "count", "power reactors listed in GeoNuclearData");
                      }});
  reactors.unit = "reactors";
  reactors.check = CheckNuclearParams;
  Metric& capacity = registry.Add(Metric{"nuclear.capacity_mwe", "Design net capacity of those reactors, MWe", NuclearParams(),
                      [](Workspace& ws, const ClaimParams& p) {
                        return Reactors(ws, p, "capacity_mwe", "design net capacity, MWe, summed over matching reactors");
                      }});
  capacity.unit = "MWe";
  capacity.check = CheckNuclearParams;
}

}  // namespace entente
