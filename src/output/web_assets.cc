// The chart libraries, assembled into the binary by cmake/EmbedAssets.cmake.
#include "output/web_assets.h"

extern "C" {
extern const char entente_asset_vega_js[], entente_asset_vega_js_end[];
extern const char entente_asset_vega_lite_js[], entente_asset_vega_lite_js_end[];
extern const char entente_asset_vega_embed_js[], entente_asset_vega_embed_js_end[];
}

namespace entente {

std::string_view WithoutSourceMap(std::string_view s) {
  size_t map = s.rfind("//# sourceMappingURL=");
  if (map == std::string_view::npos) return s;
  size_t eol = s.find_first_of("\r\n", map);
  bool last_line = eol == std::string_view::npos || s.find_first_not_of(" \r\n", eol) == std::string_view::npos;
  return last_line ? s.substr(0, map) : s;
}

namespace {

std::string_view Script(const char* begin, const char* end) {
  return WithoutSourceMap(std::string_view(begin, static_cast<size_t>(end - begin)));
}

}  // namespace

const std::vector<WebAsset>& ChartLibraries() {
  static const std::vector<WebAsset> libraries = {
      {"vega", ENTENTE_VEGA_VERSION, Script(entente_asset_vega_js, entente_asset_vega_js_end)},
      {"vega-lite", ENTENTE_VEGA_LITE_VERSION, Script(entente_asset_vega_lite_js, entente_asset_vega_lite_js_end)},
      {"vega-embed", ENTENTE_VEGA_EMBED_VERSION, Script(entente_asset_vega_embed_js, entente_asset_vega_embed_js_end)},
  };
  return libraries;
}

}  // namespace entente
