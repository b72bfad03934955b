// The chart libraries built into entente for its HTML reports: vega,
// vega-lite and vega-embed from npm, with their versions.
#ifndef ENTENTE_OUTPUT_WEB_ASSETS_H_
#define ENTENTE_OUTPUT_WEB_ASSETS_H_

#include <string_view>
#include <vector>

namespace entente {

struct WebAsset {
  std::string_view package;  // npm package name
  std::string_view version;
  std::string_view script;   // the minified browser build, source-map comment removed
};

// vega, vega-lite, vega-embed, in the order a page loads them.
const std::vector<WebAsset>& ChartLibraries();

// A script without its last "//# sourceMappingURL=..." line: the maps are not
// built in, and a browser's developer tools would ask for them.
std::string_view WithoutSourceMap(std::string_view script);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_WEB_ASSETS_H_
