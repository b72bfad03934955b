// The panel's arms columns, from the SIPRI trade register: tiv_1to2 and
// tiv_2to1, the millions of TIV delivered in the year from ccode1 to ccode2
// and back (measures/tiv_totals.h; 0 when nothing was delivered), and
// tiv_share_1to2, ccode1's share of all of ccode2's imports that year (from
// every supplier, non-state ones included), and tiv_share_2to1 the other way
// (measures/shares.h; empty when the recipient imported nothing: a share of
// nothing is undefined, not 0).
#include "measures/shares.h"
#include "measures/tiv_totals.h"
#include "query/arms/arms_common.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

struct DyadDeliveries {
  int supplier = 0;   // COW code
  int recipient = 0;  // COW code
  double tiv = 0;
};

struct StateImports {
  int recipient = 0;
  double tiv = 0;
};

// Deliveries between states and each state's imports, by year.
struct ArmsByYear {
  YearBuckets<DyadDeliveries> flows;
  YearBuckets<StateImports> imports;
};

class ArmsPanel : public PanelSource {
 public:
  ArmsPanel(PanelSourceInfo info, std::shared_ptr<const ArmsByYear> years)
      : PanelSource(std::move(info)), years_(std::move(years)) {}
  void StartYear(const FrameYear& year) override {
    grid_.Reset(year.states.size(), 0.0);
    for (const DyadDeliveries& f : years_->flows.Of(year.year)) {
      int i = year.IndexOf(CowCode{f.supplier}), j = year.IndexOf(CowCode{f.recipient});
      if (i >= 0 && j >= 0) grid_.at(i, j) = f.tiv;
    }
    total_.assign(year.states.size(), 0.0);
    for (const StateImports& m : years_->imports.Of(year.year)) {
      int j = year.IndexOf(CowCode{m.recipient});
      if (j >= 0) total_[j] = m.tiv;
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    const double to2 = grid_.at(i, j), to1 = grid_.at(j, i);
    cells.emplace_back(to2);
    cells.emplace_back(to1);
    cells.push_back(OptionalCell(Share(to2, total_[j])));
    cells.push_back(OptionalCell(Share(to1, total_[i])));
  }

 private:
  std::shared_ptr<const ArmsByYear> years_;
  DyadGrid<double> grid_;
  std::vector<double> total_;  // each state's imports in the year
};

}  // namespace

Result<PanelSourcePtr> OpenArmsPanel(Workspace& ws, const PanelLayout&) {
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  std::optional<Period> coverage = ManifestYears(ws, kSipriDataset);
  if (!coverage) coverage = reg.years;
  if (!coverage) coverage = Period{1995, 1995};
  auto years = ws.LoadOnce<ArmsByYear>("panel.arms", [&]() -> Result<ArmsByYear> {
    ArmsByYear out{YearBuckets<DyadDeliveries>(*coverage), YearBuckets<StateImports>(*coverage)};
    for (ActorId r = 0; r < reg.actors.size(); ++r) {
      if (!reg.actors[r].is_state()) continue;
      const int recipient = reg.actors[r].country->ccode.value;
      TivFilter to_r{std::nullopt, r, *coverage};
      std::vector<double> total = TivByYear(reg, to_r);
      for (size_t k = 0; k < total.size(); ++k) {
        if (total[k] > 0) out.imports.Add(coverage->from + static_cast<int>(k), StateImports{recipient, total[k]});
      }
      for (const auto& [s, by_year] : TivByActorYear(reg, to_r, TradeSide::kSupplier)) {
        if (!reg.actors[s].is_state()) continue;
        const int supplier = reg.actors[s].country->ccode.value;
        for (size_t k = 0; k < by_year.size(); ++k) {
          if (by_year[k] > 0) {
            out.flows.Add(coverage->from + static_cast<int>(k), DyadDeliveries{supplier, recipient, by_year[k]});
          }
        }
      }
    }
    return out;
  });
  if (!years.ok()) return years.status();
  PanelSourceInfo info{"arms",
                       {"tiv_1to2", "tiv_2to1", "tiv_share_1to2", "tiv_share_2to1"},
                       {kSipriDataset},
                       coverage,
                       "tiv_1to2, tiv_2to1: millions of SIPRI TIV delivered in the year (0 for none); "
                       "tiv_share_1to2: ccode1's share of ccode2's imports that year (empty when it imported none)"};
  return PanelSourcePtr(std::make_unique<ArmsPanel>(std::move(info), *years));
}

}  // namespace entente
