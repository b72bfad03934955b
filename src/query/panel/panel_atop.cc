// The panel's alliance columns: atop_defense, atop_offense, atop_neutral,
// atop_nonagg, atop_consul, each 1 when ATOP records that pledge in the
// dyad-year and 0 when it records none. ATOP codes directed dyads (ccode1's
// pledge toward ccode2): the directed panel keeps that direction; the
// undirected one takes, for each pledge, the larger value of the two
// directions (1 when either state pledged).
#include <algorithm>
#include <cstdint>

#include "data/atop_alliance.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

struct PledgeBits {
  int ccode1 = 0;
  int ccode2 = 0;
  uint8_t bits = 0;  // bit p for AtopPledge p
};

class AtopPanel : public PanelSource {
 public:
  AtopPanel(PanelSourceInfo info, std::shared_ptr<const YearBuckets<PledgeBits>> years, bool directed)
      : PanelSource(std::move(info)), years_(std::move(years)), directed_(directed) {}
  void StartYear(const FrameYear& year) override {
    grid_.Reset(year.states.size(), 0);
    for (const PledgeBits& p : years_->Of(year.year)) {
      int i = year.IndexOf(CowCode{p.ccode1}), j = year.IndexOf(CowCode{p.ccode2});
      if (i >= 0 && j >= 0) grid_.at(i, j) |= p.bits;
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    uint8_t bits = grid_.at(i, j);
    if (!directed_) bits |= grid_.at(j, i);  // the max of two 0/1 values
    for (size_t p = 0; p < kAtopPledgeCount; ++p) cells.emplace_back(int64_t{(bits >> p) & 1});
  }

 private:
  std::shared_ptr<const YearBuckets<PledgeBits>> years_;
  bool directed_;
  DyadGrid<uint8_t> grid_;
};

}  // namespace

Result<PanelSourcePtr> OpenAtopPanel(Workspace& ws, const PanelLayout& layout) {
  auto path = ws.DatasetPath("atop_alliance");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<AtopDyadYear>>("atop_alliance", [&] { return LoadAtopAlliance(*path); });
  if (!rows.ok()) return rows.status();
  std::optional<Period> coverage = ManifestYears(ws, "atop_alliance");
  // Grouped once per workspace, whatever the number of panels or workers.
  auto years = ws.LoadOnce<YearBuckets<PledgeBits>>("panel.atop", [&]() -> Result<YearBuckets<PledgeBits>> {
    YearBuckets<PledgeBits> out(coverage.value_or(Period{1815, 2018}));
    for (const AtopDyadYear& r : **rows) {
      PledgeBits p{r.ccode1.value, r.ccode2.value, 0};
      for (size_t k = 0; k < kAtopPledgeCount; ++k) p.bits |= static_cast<uint8_t>(r.pledges[k] ? 1u << k : 0u);
      out.Add(r.year, p);
    }
    return out;
  });
  if (!years.ok()) return years.status();
  PanelSourceInfo info{"atop",
                       {"atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"},
                       {"atop_alliance"},
                       coverage,
                       layout.directed ? "atop_*: 1 when ccode1 holds the pledge toward ccode2 in the year (ATOP's "
                                         "direction), else 0"
                                       : "atop_*: 1 when either state holds the pledge toward the other in the year "
                                         "(the max of ATOP's two directions), else 0"};
  return PanelSourcePtr(std::make_unique<AtopPanel>(std::move(info), *years, layout.directed));
}

}  // namespace entente
