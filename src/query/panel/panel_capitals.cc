// The panel's distance column: capdist, the great-circle kilometres between
// the two states' capitals (measures/great_circle.h). A state's capital in a
// year is the one of its capital spells that touch the year with the latest
// start: the capital it had at the end of the year, or when it last had one
// (Pakistan's is Rawalpindi in 1959, Islamabad in 1967). Empty when either
// state has no capital dated in the year.
#include <algorithm>

#include "data/cow_capitals.h"
#include "measures/great_circle.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

class CapitalsPanel : public PanelSource {
 public:
  CapitalsPanel(PanelSourceInfo info, std::shared_ptr<const std::vector<CapitalSpell>> spells)
      : PanelSource(std::move(info)), spells_(std::move(spells)) {}
  void StartYear(const FrameYear& year) override {
    capital_.assign(year.states.size(), nullptr);
    for (const CapitalSpell& s : *spells_) {
      if (s.start.year > year.year || s.end.year < year.year) continue;
      int i = year.IndexOf(s.ccode);
      if (i < 0) continue;
      const CapitalSpell*& kept = capital_[i];
      if (kept == nullptr || kept->start < s.start) kept = &s;
    }
    distance_.Reset(year.states.size(), kNotYet);
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    const CapitalSpell* a = capital_[i];
    const CapitalSpell* b = capital_[j];
    if (a == nullptr || b == nullptr) {
      cells.emplace_back();
      return;
    }
    // The distance is symmetric: compute each pair once, in either order.
    double& km = distance_.at(std::min(i, j), std::max(i, j));
    if (km == kNotYet) km = GreatCircleKm(a->lat, a->lng, b->lat, b->lng);
    cells.emplace_back(km);
  }

 private:
  std::shared_ptr<const std::vector<CapitalSpell>> spells_;
  static constexpr double kNotYet = -1;
  std::vector<const CapitalSpell*> capital_;
  DyadGrid<double> distance_;
};

}  // namespace

Result<PanelSourcePtr> OpenCapitalsPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_capitals");
  if (!path.ok()) return path.status();
  auto spells = ws.LoadOnce<std::vector<CapitalSpell>>("cow_capitals", [&] { return LoadCowCapitals(*path); });
  if (!spells.ok()) return spells.status();
  PanelSourceInfo info{"capitals", {"capdist"}, {"cow_capitals"}, std::nullopt,
                       "capdist: great-circle km between the capitals (the latest-starting capital of each state "
                       "in the year); empty when either has none dated"};
  return PanelSourcePtr(std::make_unique<CapitalsPanel>(std::move(info), *spells));
}

}  // namespace entente
