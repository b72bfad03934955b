// The dashboard's files, built into the server: its page, scripts and styles
// (web/dashboard), the chart libraries (vega, vega-lite, vega-embed, as in
// the report), topojson-client and world-atlas's map of the countries.
#ifndef ENTENTE_SERVER_SITE_FILES_H_
#define ENTENTE_SERVER_SITE_FILES_H_

#include <string_view>
#include <vector>

namespace entente {

struct SiteFile {
  std::string_view path;          // "/app/main.js", "/vendor/vega.min.js"
  std::string_view content_type;  // from the file's extension
  std::string_view body;
};

// Every file, sorted by path.
const std::vector<SiteFile>& SiteFiles();

// The file at `path`, or null.
const SiteFile* FindSiteFile(std::string_view path);

// The dashboard's page (web/dashboard/index.html), which every page path
// (/, /map, /pair, /claims, /data) answers: the page reads its state from the URL.
std::string_view DashboardPage();

}  // namespace entente

#endif  // ENTENTE_SERVER_SITE_FILES_H_
