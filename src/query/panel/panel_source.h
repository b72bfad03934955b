// PanelSource: one dataset's columns of the dyad-year panel. A source is
// opened once (it loads its dataset through the workspace), told each year of
// the frame in turn, and asked for its cells dyad by dyad. Outside its
// coverage the panel never asks it: the columns are left empty there.
#ifndef ENTENTE_QUERY_PANEL_PANEL_SOURCE_H_
#define ENTENTE_QUERY_PANEL_PANEL_SOURCE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/period.h"
#include "core/table.h"
#include "query/panel/panel_frame.h"

namespace entente {

// How the panel is laid out, as every source needs to know it.
struct PanelLayout {
  bool directed = true;  // both orders of each dyad; else ccode1 < ccode2
  std::optional<Period> years;  // the panel's years; nullopt when it has none
};

// What the panel says about a source: its name for --with, its columns, its
// datasets (manifest ids) and the years it covers (nullopt: every year of
// the frame; values may still be missing, as a capital without dates).
struct PanelSourceInfo {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> datasets;
  std::optional<Period> coverage;
  std::string rule;  // one sentence for the answer's facts: how cells are filled
};

class PanelSource {
 public:
  virtual ~PanelSource() = default;
  const PanelSourceInfo& info() const { return info_; }
  // The answer's notes on the source in the panel's years.
  const std::vector<std::string>& notes() const { return notes_; }
  void AddNote(std::string note) { notes_.push_back(std::move(note)); }
  // Readies the lookups of one year. Called in increasing order of years and
  // only for years inside the coverage.
  virtual void StartYear(const FrameYear& year) = 0;
  // Appends exactly info().columns.size() cells for the dyad of states i
  // (ccode1) and j (ccode2), indices into the year's states.
  virtual void AppendDyad(size_t i, size_t j, std::vector<Cell>& cells) = 0;

 protected:
  explicit PanelSource(PanelSourceInfo info) : info_(std::move(info)) {}

 private:
  PanelSourceInfo info_;
  std::vector<std::string> notes_;
};

}  // namespace entente

#endif  // ENTENTE_QUERY_PANEL_PANEL_SOURCE_H_
