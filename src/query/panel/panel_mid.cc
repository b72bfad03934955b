// The panel's dispute columns, as peacesciencer's add_cow_mids(): for each
// directed dyad-year, cowmidongoing (1 when the two states were on opposite
// sides of a MID in the year), cowmidonset (1 when one began for them that
// year), cowmid_disputes (how many), and the attributes of one dispute:
// dispnum, sidea1, sidea2, orig1, orig2, hostlev1, hostlev2, hiact1, hiact2,
// hostlev and fatality. When several disputes share a dyad-year, the one kept
// is the first by: an onset before an ongoing dispute, then the higher
// fatality level (unknown lowest), then the higher hostility level, then the
// lower dispute number; peacesciencer's own rule breaks remaining ties by
// duration and at random, this one never at random. Without a dispute the
// three counts are 0 and the attributes empty. The data list each
// dispute-dyad-year in both directions, so the undirected panel reads the
// row of ccode1 < ccode2 and sides keep their meaning.
#include "data/cow_mid.h"
#include "query/panel/panel_grid.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

// True when dispute a is kept over dispute b in the same dyad-year.
bool DisputePrecedes(const MidDyadYear& a, const MidDyadYear& b) {
  if (a.onset != b.onset) return a.onset;
  int fa = a.fatality.value_or(-1), fb = b.fatality.value_or(-1);
  if (fa != fb) return fa > fb;
  if (a.hostlev != b.hostlev) return a.hostlev > b.hostlev;
  return a.dispnum < b.dispnum;
}

struct KeptDispute {
  const MidDyadYear* dispute = nullptr;
  int64_t count = 0;
};

class MidPanel : public PanelSource {
 public:
  MidPanel(PanelSourceInfo info, std::shared_ptr<const std::vector<MidDyadYear>> rows,
           std::shared_ptr<const YearBuckets<const MidDyadYear*>> years)
      : PanelSource(std::move(info)), rows_(std::move(rows)), years_(std::move(years)) {}
  void StartYear(const FrameYear& year) override {
    grid_.Reset(year.states.size(), KeptDispute{});
    for (const MidDyadYear* d : years_->Of(year.year)) {
      int i = year.IndexOf(d->ccode1), j = year.IndexOf(d->ccode2);
      if (i < 0 || j < 0) continue;
      KeptDispute& k = grid_.at(i, j);
      ++k.count;
      if (k.dispute == nullptr || DisputePrecedes(*d, *k.dispute)) k.dispute = d;
    }
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    const KeptDispute& k = grid_.at(i, j);
    const MidDyadYear* d = k.dispute;
    cells.emplace_back(int64_t{d != nullptr});
    cells.emplace_back(int64_t{d != nullptr && d->onset});
    cells.emplace_back(k.count);
    if (d == nullptr) {
      cells.resize(cells.size() + 11);
      return;
    }
    for (int v : {d->dispnum, int{d->side_a1}, int{d->side_a2}, int{d->orig1}, int{d->orig2}, d->hostlev1,
                  d->hostlev2, d->hiact1, d->hiact2, d->hostlev}) {
      cells.emplace_back(int64_t{v});
    }
    cells.push_back(d->fatality ? Cell(int64_t{*d->fatality}) : Cell());
  }

 private:
  std::shared_ptr<const std::vector<MidDyadYear>> rows_;
  std::shared_ptr<const YearBuckets<const MidDyadYear*>> years_;
  DyadGrid<KeptDispute> grid_;
};

}  // namespace

Result<PanelSourcePtr> OpenMidPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_mid");
  if (!path.ok()) return path.status();
  auto rows = ws.LoadOnce<std::vector<MidDyadYear>>("cow_mid", [&] { return LoadCowMid(*path); });
  if (!rows.ok()) return rows.status();
  std::optional<Period> coverage = ManifestYears(ws, "cow_mid");
  using Buckets = YearBuckets<const MidDyadYear*>;
  auto years = ws.LoadOnce<Buckets>("panel.mid", [&]() -> Result<Buckets> {
    Buckets out(coverage.value_or(Period{1816, 2014}));
    for (const MidDyadYear& r : **rows) out.Add(r.year, &r);
    return out;
  });
  if (!years.ok()) return years.status();
  PanelSourceInfo info{"mid",
                       {"cowmidongoing", "cowmidonset", "cowmid_disputes", "dispnum", "sidea1", "sidea2", "orig1",
                        "orig2", "hostlev1", "hostlev2", "hiact1", "hiact2", "hostlev", "fatality"},
                       {"cow_mid"},
                       coverage,
                       "cowmidongoing, cowmidonset, cowmid_disputes: 0 without a dispute; with several, the "
                       "attributes are those of the first by onset, fatality, hostility level, then lowest dispnum"};
  return PanelSourcePtr(std::make_unique<MidPanel>(std::move(info), *rows, *years));
}

}  // namespace entente
