// The panel's IGO column: dyadigos, the intergovernmental organisations in
// which both states were full members in the year (COW IGO's non-directed
// dyad-years), 0 when COW IGO lists the pair in no organisation.
#include <cstdint>

#include "data/cow_igo.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

struct SharedIgos {
  int ccode1 = 0;
  int ccode2 = 0;
  int count = 0;
};

class IgoPanel : public PanelSource {
 public:
  IgoPanel(PanelSourceInfo info, std::shared_ptr<const YearBuckets<SharedIgos>> years)
      : PanelSource(std::move(info)), years_(std::move(years)) {}
  void StartYear(const FrameYear& year) override {
    grid_.Reset(year.states.size(), 0);
    for (const SharedIgos& s : years_->Of(year.year)) {
      int i = year.IndexOf(CowCode{s.ccode1}), j = year.IndexOf(CowCode{s.ccode2});
      if (i < 0 || j < 0) continue;
      grid_.at(i, j) = s.count;
      grid_.at(j, i) = s.count;
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override { cells.emplace_back(grid_.at(i, j)); }

 private:
  std::shared_ptr<const YearBuckets<SharedIgos>> years_;
  DyadGrid<int64_t> grid_;
};

}  // namespace

Result<PanelSourcePtr> OpenIgoPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_igo");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<IgoDyadYear>>("cow_igo", [&] { return LoadCowIgo(*path); });
  if (!rows.ok()) return rows.status();
  std::optional<Period> coverage = ManifestYears(ws, "cow_igo");
  auto years = ws.LoadOnce<YearBuckets<SharedIgos>>("panel.igo", [&]() -> Result<YearBuckets<SharedIgos>> {
    YearBuckets<SharedIgos> out(coverage.value_or(Period{1816, 2014}));
    for (const IgoDyadYear& r : **rows) out.Add(r.year, SharedIgos{r.ccode1.value, r.ccode2.value, r.shared});
    return out;
  });
  if (!years.ok()) return years.status();
  PanelSourceInfo info{"igo", {"dyadigos"}, {"cow_igo"}, coverage,
                       "dyadigos: IGOs in which both states were full members in the year, 0 when COW IGO lists none"};
  return PanelSourcePtr(std::make_unique<IgoPanel>(std::move(info), *years));
}

}  // namespace entente
