// The panel's contiguity column: conttype, the closest COW direct contiguity
// in force on any day of the year (1 land or river border, 2-5 separated by
// up to 12, 24, 150 and 400 miles of water), 0 when none was. The file's rows
// of type 0 are peacesciencer's months without contiguity (data/cow_contdir.h;
// Nicaragua and Colombia 1903-1928, between a type 5 and a type 4 spell, or
// Germany and Italy 1816-2016 around their land border of 1938-1945): they
// add nothing and never hide a type in force the same year.
#include <algorithm>

#include "data/cow_contdir.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

class ContiguityPanel : public PanelSource {
 public:
  ContiguityPanel(PanelSourceInfo info, std::shared_ptr<const std::vector<ContiguitySpell>> spells)
      : PanelSource(std::move(info)), spells_(std::move(spells)) {}
  void StartYear(const FrameYear& year) override {
    grid_.Reset(year.states.size(), 0);
    for (const ContiguitySpell& s : *spells_) {
      // A spell of type 0 records a time without contiguity: it adds nothing.
      if (s.conttype == 0 || s.start.year > year.year || s.end.year < year.year) continue;
      int i = year.IndexOf(s.ccode1), j = year.IndexOf(s.ccode2);
      if (i < 0 || j < 0) continue;
      // The file lists each pair in both orders; fill both anyway.
      for (auto [a, b] : {std::pair{i, j}, std::pair{j, i}}) {
        int64_t& cell = grid_.at(a, b);
        cell = cell == 0 ? s.conttype : std::min<int64_t>(cell, s.conttype);  // the closest type
      }
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override { cells.emplace_back(grid_.at(i, j)); }

 private:
  std::shared_ptr<const std::vector<ContiguitySpell>> spells_;
  DyadGrid<int64_t> grid_;
};

}  // namespace

Result<PanelSourcePtr> OpenContiguityPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_contdir");
  if (!path.ok()) return path.status();
  auto spells = ws.LoadOnce<std::vector<ContiguitySpell>>("cow_contdir", [&] { return LoadCowContdir(*path); });
  if (!spells.ok()) return spells.status();
  PanelSourceInfo info{"contiguity", {"conttype"}, {"cow_contdir"}, ManifestYears(ws, "cow_contdir"),
                       "conttype: the closest COW direct contiguity in force on any day of the year (1 land, "
                       "2-5 water of 12, 24, 150, 400 miles), 0 for none"};
  return PanelSourcePtr(std::make_unique<ContiguityPanel>(std::move(info), *spells));
}

}  // namespace entente
