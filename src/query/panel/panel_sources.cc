// Choosing and opening the panel's sources by name.
#include "query/panel/panel_sources.h"

#include <fmt/format.h>

namespace entente {
namespace {

using Opener = Result<PanelSourcePtr> (*)(Workspace&, const PanelLayout&);

struct NamedSource {
  const char* name;
  Opener open;
};

// In the order of the panel's columns.
constexpr NamedSource kSources[] = {
    {"majors", OpenMajorsPanel},
    {"contiguity", OpenContiguityPanel},
    {"capitals", OpenCapitalsPanel},
    {"nmc", OpenNmcPanel},
    {"nmc_components", OpenNmcComponentsPanel},
    {"atop", OpenAtopPanel},
    {"igo", OpenIgoPanel},
    {"rivalry", OpenRivalryPanel},
    {"mid", OpenMidPanel},
    {"votes", OpenVotesPanel},
    {"ideal", OpenIdealPanel},
    {"arms", OpenArmsPanel},
};

// Only on request: the components widen every row by twelve columns, and the
// ideal points need the fit of every session.
bool OnRequestOnly(std::string_view name) { return name == "nmc_components" || name == "ideal"; }

}  // namespace

const std::vector<std::string>& PanelSourceNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& s : kSources) out.emplace_back(s.name);
    return out;
  }();
  return names;
}

const std::vector<std::string>& DefaultPanelSources() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& s : kSources) {
      if (!OnRequestOnly(s.name)) out.emplace_back(s.name);
    }
    return out;
  }();
  return names;
}

Result<PanelSourcePtr> OpenPanelSource(Workspace& ws, std::string_view name, const PanelLayout& layout) {
  for (const auto& s : kSources) {
    if (name == s.name) return s.open(ws, layout);
  }
  return Status::Usage(fmt::format("panel: unknown source \"{}\"; the sources are {}", name,
                                   fmt::join(PanelSourceNames(), ", ")));
}

std::optional<Period> ManifestYears(const Workspace& ws, std::string_view id) {
  const DatasetInfo* info = ws.manifest().Find(id);
  return info == nullptr ? std::nullopt : info->years;
}

}  // namespace entente
