// The panel's rivalry columns: tdrival, 1 when Thompson and Dreyer code a
// strategic rivalry between the two states in the year (from its start year
// to its end year, both included), else 0; and tdrivalryno, the rivalry's
// number (the lowest, should two overlap), empty without one.
#include "data/td_rivalries.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

class RivalryPanel : public PanelSource {
 public:
  RivalryPanel(PanelSourceInfo info, std::shared_ptr<const std::vector<Rivalry>> rivalries)
      : PanelSource(std::move(info)), rivalries_(std::move(rivalries)) {}
  void StartYear(const FrameYear& year) override {
    grid_.Reset(year.states.size(), 0);
    for (const Rivalry& r : *rivalries_) {
      if (r.start_year > year.year || r.end_year < year.year) continue;
      int i = year.IndexOf(r.ccode1), j = year.IndexOf(r.ccode2);
      if (i < 0 || j < 0) continue;
      for (auto [a, b] : {std::pair{i, j}, std::pair{j, i}}) {
        int& cell = grid_.at(a, b);
        if (cell == 0 || r.number < cell) cell = r.number;
      }
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    int number = grid_.at(i, j);
    cells.emplace_back(int64_t{number != 0});
    cells.push_back(number != 0 ? Cell(int64_t{number}) : Cell());
  }

 private:
  std::shared_ptr<const std::vector<Rivalry>> rivalries_;
  DyadGrid<int> grid_;
};

}  // namespace

Result<PanelSourcePtr> OpenRivalryPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("td_rivalries");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<Rivalry>>("td_rivalries", [&] { return LoadTdRivalries(*path); });
  if (!rows.ok()) return rows.status();
  PanelSourceInfo info{"rivalry", {"tdrival", "tdrivalryno"}, {"td_rivalries"}, ManifestYears(ws, "td_rivalries"),
                       "tdrival: 1 when Thompson and Dreyer code a strategic rivalry in the year, else 0; "
                       "tdrivalryno: its number"};
  return PanelSourcePtr(std::make_unique<RivalryPanel>(std::move(info), *rows));
}

}  // namespace entente
