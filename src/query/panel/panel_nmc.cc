// The panel's capability columns: cinc1, cinc2 (COW NMC's composite index)
// and cinc_ratio = cinc1 / cinc2 (measures/power_balance.h). A state without
// an NMC record, or with a missing CINC, has an empty cell, as has the ratio
// then or when cinc2 is 0.
#include "data/cow_nmc.h"
#include "measures/power_balance.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

class NmcPanel : public PanelSource {
 public:
  NmcPanel(PanelSourceInfo info, std::shared_ptr<const NmcTable> nmc)
      : PanelSource(std::move(info)), nmc_(std::move(nmc)) {}
  void StartYear(const FrameYear& year) override {
    cinc_.clear();
    for (CowCode c : year.states) {
      const NmcRecord* r = nmc_->Find(c, year.year);
      cinc_.push_back(r == nullptr ? std::nullopt : r->cinc);
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    cells.push_back(OptionalCell(cinc_[i]));
    cells.push_back(OptionalCell(cinc_[j]));
    cells.push_back(OptionalCell(CapabilityRatio(cinc_[i], cinc_[j])));
  }

 private:
  std::shared_ptr<const NmcTable> nmc_;
  std::vector<std::optional<double>> cinc_;
};

}  // namespace

Result<PanelSourcePtr> OpenNmcPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_nmc");
  if (!path.ok()) return path.status();
  auto nmc = ws.LoadOnce<NmcTable>("cow_nmc", [&] { return LoadCowNmc(*path); });
  if (!nmc.ok()) return nmc.status();
  PanelSourceInfo info{"nmc", {"cinc1", "cinc2", "cinc_ratio"}, {"cow_nmc"}, ManifestYears(ws, "cow_nmc"),
                       "cinc1, cinc2: COW NMC's CINC (empty when NMC has no value); cinc_ratio = cinc1 / cinc2"};
  return PanelSourcePtr(std::make_unique<NmcPanel>(std::move(info), *nmc));
}

}  // namespace entente
