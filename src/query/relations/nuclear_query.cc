// A state's reactors, totals by status and design vendors.
#include "query/relations/nuclear_query.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "data/nuclear_plants.h"
#include "data/reactor_vendors.h"
#include "query/query_args.h"

namespace entente {
namespace {

constexpr const char* kOperational = "Operational";
constexpr int kAlwaysListed = 3;  // Operational, Under Construction, Planned

Cell DateCell(const std::optional<CalendarDate>& d) { return d ? Cell(d->ToIso()) : Cell(); }

struct Tally {
  int64_t reactors = 0;
  double capacity = 0;
  int64_t unknown = 0;
  int64_t operational = 0;
  double operational_mwe = 0;
  int64_t operational_unknown = 0;
};

// The sum of known capacities; missing when every reactor counted lacks one.
Cell CapacityCell(int64_t reactors, int64_t unknown, double sum) {
  return reactors > 0 && unknown == reactors ? Cell() : Cell(sum);
}

}  // namespace

Result<std::shared_ptr<const std::vector<Reactor>>> LoadReactors(Workspace& ws) {
  auto reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  auto path = ws.DatasetPath("nuclear_plants");
  if (!path.ok()) return path.status();
  return ws.LoadOnce<std::vector<Reactor>>("nuclear_plants", [&] { return LoadNuclearPlants(*path, **reg); });
}

Result<Answer> NuclearQuery(Workspace& ws, const NuclearRequest& request) {
  auto state = ws.ResolveCountry(request.state);
  if (!state.ok()) return state.status();
  const Country& host = **state;
  auto reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  const auto& vendors = ReactorVendors::Builtin();
  if (!vendors.ok()) return vendors.status();
  auto reactors = LoadReactors(ws);
  if (!reactors.ok()) return reactors.status();

  std::vector<const Reactor*> found;
  for (const Reactor& r : **reactors) {
    if (r.ccode == host.ccode) found.push_back(&r);
  }
  std::sort(found.begin(), found.end(), [](const auto* x, const auto* y) { return x->name < y->name; });

  Answer answer;
  if (found.empty()) {
    answer.no_rows = fmt::format("no nuclear power reactor in {} in GeoNuclearData (operating, under construction, "
                                 "planned or shut down)", host.Label());
  }
  answer.command = "nuclear";
  answer.title = fmt::format("Nuclear power reactors in {}", host.name);
  answer.AddFact("capacity", "design net capacity, MWe");
  answer.AddFact("supplier", "the state of the vendor whose design the reactor model names (entente's table "
                             "src/data/reactor_vendors.toml); empty when the model does not say");
  Table& t = answer.AddSection("reactors", "Reactors");
  for (const char* col : {"name", "status", "type", "model", "construction_start", "operational_from",
                          "operational_to"}) {
    t.AddColumn(col);
  }
  t.AddColumn("capacity_mwe", 0);
  AddRoleColumns(t, "supplier");
  t.AddColumn("iaea_id");

  std::map<std::string, Tally> by_status;
  std::map<int, Tally> by_vendor;  // 0: no vendor in the table
  std::map<int, const ReactorVendor*> vendor_of;
  for (const Reactor* r : found) {
    const ReactorVendor* v = vendors->Find(r->model);
    const Country* supplier = v ? (*reg)->Find(v->ccode) : nullptr;
    t.AddRow({Cell(r->name), Cell(r->status), r->type.empty() ? Cell() : Cell(r->type),
              r->model.empty() ? Cell() : Cell(r->model), DateCell(r->construction_start),
              DateCell(r->operational_from), DateCell(r->operational_to), OptionalCell(r->capacity_mwe),
              Cell(), Cell(), Cell(), r->iaea_id ? Cell(int64_t{*r->iaea_id}) : Cell()});
    if (supplier) {
      std::vector<Cell> codes;
      AppendStateCells(codes, supplier, r->construction_start ? r->construction_start->year : kOpenYear);
      std::copy(codes.begin(), codes.end(), t.rows.back().end() - 4);
    }
    for (Tally* tally : {&by_status[r->status], &by_vendor[v ? v->ccode.value : 0]}) {
      ++tally->reactors;
      if (r->capacity_mwe) {
        tally->capacity += *r->capacity_mwe;
      } else {
        ++tally->unknown;
      }
      if (r->status == kOperational) {
        ++tally->operational;
        if (r->capacity_mwe) {
          tally->operational_mwe += *r->capacity_mwe;
        } else {
          ++tally->operational_unknown;
        }
      }
    }
    if (v) vendor_of[v->ccode.value] = v;
  }

  Table& totals = answer.AddSection("totals", "Totals by status");
  totals.AddColumn("status");
  totals.AddColumn("reactors");
  totals.AddColumn("capacity_mwe", 0);
  totals.AddColumn("capacity_unknown");
  const auto& statuses = ReactorStatuses();
  for (size_t i = 0; i < statuses.size(); ++i) {
    auto it = by_status.find(statuses[i]);
    if (it == by_status.end() && i >= static_cast<size_t>(kAlwaysListed)) continue;
    Tally tally = it == by_status.end() ? Tally{} : it->second;
    totals.AddRow({Cell(statuses[i]), Cell(tally.reactors), CapacityCell(tally.reactors, tally.unknown, tally.capacity),
                   Cell(tally.unknown)});
  }

  Table& sup = answer.AddSection("suppliers", "Design vendors");
  AddRoleColumns(sup, "supplier");
  for (const char* col : {"designer", "reactors", "operational"}) sup.AddColumn(col);
  sup.AddColumn("operational_mwe", 0);
  for (const auto& [ccode, tally] : by_vendor) {
    if (ccode == 0) continue;
    const Country* c = (*reg)->Find(CowCode{ccode});
    std::vector<Cell> row;
    AppendStateCells(row, c, kOpenYear);
    row[0] = CcodeCell(CowCode{ccode});
    for (Cell v : {Cell(vendor_of[ccode]->designer), Cell(tally.reactors), Cell(tally.operational),
                   CapacityCell(tally.operational, tally.operational_unknown, tally.operational_mwe)}) {
      row.push_back(std::move(v));
    }
    sup.AddRow(std::move(row));
  }
  if (auto it = by_vendor.find(0); it != by_vendor.end()) {
    sup.AddRow({Cell(), Cell(), Cell(std::string("(model does not name a vendor)")), Cell(it->second.reactors),
                Cell(it->second.operational),
                CapacityCell(it->second.operational, it->second.operational_unknown, it->second.operational_mwe)});
  }

  const Tally op = by_status.count(kOperational) ? by_status[kOperational] : Tally{};
  // The count is the value; the capacity of those reactors is said in the text and the basis.
  answer.AddFact("operational", static_cast<double>(op.reactors), "reactors",
                 fmt::format("{} reactors, {} MWe", op.reactors, op.capacity),
                 "reactors of the list with status Operational",
                 fmt::format("{} MWe design net capacity{}", op.capacity,
                             op.unknown > 0 ? fmt::format(" ({} without a capacity left out)", op.unknown) : ""));
  if (op.unknown > 0) {
    answer.notes.push_back(fmt::format("{} operational reactor(s) have no capacity in the list; the total leaves them "
                                       "out", op.unknown));
  }
  answer.notes.push_back("GeoNuclearData was last updated in 2021-2022; later construction starts and grid "
                         "connections are not in it");
  answer.UseDataset(ws.Ref("nuclear_plants"));
  answer.UseDataset(ws.Ref("codelist"));
  return answer;
}

}  // namespace entente
