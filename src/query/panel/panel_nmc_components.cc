// The panel's six NMC components, on request (`--with nmc_components`), with
// peacesciencer's add_nmc() names and order: milex1, milper1, irst1, pec1,
// tpop1, upop1, then the same for ccode2. A state without an NMC record, or
// with NMC's -9, has an empty cell.
#include <array>

#include "data/cow_nmc.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

constexpr std::array<std::optional<double> NmcRecord::*, 6> kComponents = {
    &NmcRecord::milex, &NmcRecord::milper, &NmcRecord::irst, &NmcRecord::pec, &NmcRecord::tpop, &NmcRecord::upop};

class NmcComponentsPanel : public PanelSource {
 public:
  NmcComponentsPanel(PanelSourceInfo info, std::shared_ptr<const NmcTable> nmc)
      : PanelSource(std::move(info)), nmc_(std::move(nmc)) {}
  void StartYear(const FrameYear& year) override {
    records_.clear();
    for (CowCode c : year.states) records_.push_back(nmc_->Find(c, year.year));
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    for (const NmcRecord* r : {records_[i], records_[j]}) {
      for (auto field : kComponents) cells.push_back(r == nullptr ? Cell() : OptionalCell(r->*field));
    }
  }

 private:
  std::shared_ptr<const NmcTable> nmc_;
  std::vector<const NmcRecord*> records_;  // by the year's state index; null without a record
};

}  // namespace

Result<PanelSourcePtr> OpenNmcComponentsPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_nmc");
  if (!path.ok()) return path.status();
  auto nmc = ws.LoadOnce<NmcTable>("cow_nmc", [&] { return LoadCowNmc(*path); });
  if (!nmc.ok()) return nmc.status();
  PanelSourceInfo info{"nmc_components",
                       {"milex1", "milper1", "irst1", "pec1", "tpop1", "upop1", "milex2", "milper2", "irst2", "pec2",
                        "tpop2", "upop2"},
                       {"cow_nmc"},
                       ManifestYears(ws, "cow_nmc"),
                       "milex, milper, irst, pec, tpop, upop of each state (COW NMC; empty for -9 or no record)"};
  return PanelSourcePtr(std::make_unique<NmcComponentsPanel>(std::move(info), *nmc));
}

}  // namespace entente
