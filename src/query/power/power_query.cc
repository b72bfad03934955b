// Capabilities of two states by year and the balance between them.
#include "query/power/power_query.h"

#include <fmt/format.h>

#include "data/cow_majors.h"
#include "data/cow_nmc.h"
#include "measures/power_balance.h"
#include "query/power/capability_rows.h"

namespace entente {

Result<Answer> PowerQuery(Workspace& ws, const PowerRequest& request) {
  auto pair = ResolvePair(ws, request.a, request.b);
  if (!pair.ok()) return pair.status();
  const Country& a = *pair->first;
  const Country& b = *pair->second;
  Answer answer;
  answer.command = "power";
  answer.title = fmt::format("Material capabilities of {} and {} (COW NMC)", a.name, b.name);
  answer.AddFact("measure", "CINC and its six components; cinc_ratio = cinc1 / cinc2; cinc_share1 = cinc1 / "
                            "(cinc1 + cinc2)");
  Result<Period> period = CoveredYears(ws, "cow_nmc", request.years, &answer);
  if (!period.ok()) return period.status();
  answer.AddFact("units", CapabilityUnits());

  auto nmc_path = ws.DatasetPath("cow_nmc");
  if (!nmc_path.ok()) return nmc_path.status();
  auto nmc = ws.LoadOnce<NmcTable>("cow_nmc", [&] { return LoadCowNmc(*nmc_path); });
  if (!nmc.ok()) return nmc.status();
  auto majors_path = ws.DatasetPath("cow_majors");
  if (!majors_path.ok()) return majors_path.status();
  auto majors = ws.LoadOnce<MajorPowers>("cow_majors", [&] { return LoadCowMajors(*majors_path); });
  if (!majors.ok()) return majors.status();

  // Both sections first: AddSection may move earlier tables.
  answer.AddSection("capabilities", "Capabilities by year");
  answer.AddSection("balance", "Balance by year");
  Table& caps = answer.sections[0].table;
  Table& bal = answer.sections[1].table;
  caps.AddColumn("year");
  AddStateColumns(caps);
  caps.AddColumn("cowmaj");
  for (const CapabilityField& f : CapabilityFields()) caps.AddColumn(f.column, f.decimals);
  bal.AddColumn("year");
  AddStateColumns(bal, "1");
  AddStateColumns(bal, "2");
  bal.AddColumn("cinc1", 6);
  bal.AddColumn("cinc2", 6);
  bal.AddColumn("cinc_ratio", 3);
  bal.AddColumn("cinc_share1", 4);

  for (int y = period->from; y <= period->to; ++y) {
    const NmcRecord* ra = (*nmc)->Find(a.ccode, y);
    const NmcRecord* rb = (*nmc)->Find(b.ccode, y);
    if (ra == nullptr && rb == nullptr) continue;
    for (const auto& [c, r] : {std::pair{&a, ra}, std::pair{&b, rb}}) {
      if (r == nullptr) continue;
      std::vector<Cell> row = {Cell(int64_t{y})};
      AppendStateCells(row, c, y);
      row.emplace_back(int64_t{(*majors)->IsMajor(c->ccode, y) ? 1 : 0});
      for (const CapabilityField& f : CapabilityFields()) row.push_back(OptionalCell(r->*f.member));
      caps.AddRow(std::move(row));
    }
    std::optional<double> ca = ra ? ra->cinc : std::nullopt;
    std::optional<double> cb = rb ? rb->cinc : std::nullopt;
    std::vector<Cell> row{Cell(int64_t{y})};
    AppendStateCells(row, &a, y);
    AppendStateCells(row, &b, y);
    for (const std::optional<double>& v : {ca, cb, CapabilityRatio(ca, cb), CapabilityShare(ca, cb)}) {
      row.push_back(OptionalCell(v));
    }
    bal.AddRow(std::move(row));
  }
  if (caps.empty()) {
    answer.no_rows = fmt::format("neither {} nor {} has an NMC record in {} (COW NMC covers 1816-2016 and "
                                        "each state's years in the state system)",
                                        a.Label(), b.Label(), period->ToString());
  }
  for (const Country* c : {&a, &b}) {
    std::string gap = NoRecordNote(**nmc, *c, *period);
    if (!gap.empty()) answer.notes.push_back(gap);
    for (std::string& n : MissingValueNotes(**nmc, *c, *period)) answer.notes.push_back(std::move(n));
  }
  answer.notes.push_back("cowmaj is 1 in the years COW counts the state as a major power");
  answer.UseDataset(ws.Ref("cow_nmc"));
  answer.UseDataset(ws.Ref("cow_majors"));
  return answer;
}

}  // namespace entente
