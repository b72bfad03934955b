// The panel's major-power columns: cowmaj1, cowmaj2 (1 when the state was a
// COW major power on any day of the year, else 0).
#include "data/cow_majors.h"
#include "query/panel/panel_sources.h"

namespace entente {
namespace {

class MajorsPanel : public PanelSource {
 public:
  MajorsPanel(PanelSourceInfo info, std::shared_ptr<const MajorPowers> majors)
      : PanelSource(std::move(info)), majors_(std::move(majors)) {}
  void StartYear(const FrameYear& year) override {
    major_.clear();
    for (CowCode c : year.states) major_.push_back(majors_->IsMajor(c, year.year) ? 1 : 0);
  }
  void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) override {
    cells.emplace_back(major_[i]);
    cells.emplace_back(major_[j]);
  }

 private:
  std::shared_ptr<const MajorPowers> majors_;
  std::vector<int64_t> major_;
};

}  // namespace

Result<PanelSourcePtr> OpenMajorsPanel(Workspace& ws, const PanelLayout&) {
  auto path = ws.DatasetPath("cow_majors");
  if (!path.ok()) return path.status();
  auto majors = ws.LoadOnce<MajorPowers>("cow_majors", [&] { return LoadCowMajors(*path); });
  if (!majors.ok()) return majors.status();
  PanelSourceInfo info{"majors", {"cowmaj1", "cowmaj2"}, {"cow_majors"}, ManifestYears(ws, "cow_majors"),
                       "cowmaj1, cowmaj2: 1 when the state was a COW major power on any day of the year, else 0"};
  return PanelSourcePtr(std::make_unique<MajorsPanel>(std::move(info), *majors));
}

}  // namespace entente
