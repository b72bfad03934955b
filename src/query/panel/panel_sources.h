// The sources of the dyad-year panel by name, as `--with` takes them, and the
// function that opens each. Every source lives in its own file
// (panel_<name>.cc) and fills its columns from the loaders of data/ and the
// measures of measures/; docs/PANELS.md documents every column.
#ifndef ENTENTE_QUERY_PANEL_PANEL_SOURCES_H_
#define ENTENTE_QUERY_PANEL_PANEL_SOURCES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/period.h"
#include "core/status.h"
#include "query/panel/panel_source.h"
#include "query/workspace.h"

namespace entente {

using PanelSourcePtr = std::unique_ptr<PanelSource>;

// Every source, in the order of the panel's columns.
const std::vector<std::string>& PanelSourceNames();
// The sources of a panel without --with: all but `nmc_components` and `ideal`.
const std::vector<std::string>& DefaultPanelSources();
// Opens the source `name`; a usage error lists the names when it is unknown,
// a data error comes from its loader.
Result<PanelSourcePtr> OpenPanelSource(Workspace& ws, std::string_view name, const PanelLayout& layout);

// The years dataset `id` covers, as the manifest lists them.
std::optional<Period> ManifestYears(const Workspace& ws, std::string_view id);

Result<PanelSourcePtr> OpenMajorsPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenContiguityPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenCapitalsPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenNmcPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenNmcComponentsPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenAtopPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenIgoPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenRivalryPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenMidPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenVotesPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenIdealPanel(Workspace& ws, const PanelLayout& layout);
Result<PanelSourcePtr> OpenArmsPanel(Workspace& ws, const PanelLayout& layout);

}  // namespace entente

#endif  // ENTENTE_QUERY_PANEL_PANEL_SOURCES_H_
