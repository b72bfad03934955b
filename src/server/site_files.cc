// The table of the dashboard's files.
#include "server/site_files.h"

#include <algorithm>
#include <string>

#include "output/web_assets.h"
#include "site_files_table.inc"

namespace entente {
namespace {

std::string_view ContentTypeOf(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

}  // namespace

const std::vector<SiteFile>& SiteFiles() {
  static const std::vector<SiteFile> files = [] {
    std::vector<SiteFile> out;
    for (const SiteFileBytes& f : kSiteFileBytes) {
      std::string_view body(f.begin, static_cast<size_t>(f.end - f.begin));
      out.push_back(SiteFile{f.path, ContentTypeOf(f.path), WithoutSourceMap(body)});
    }
    // The chart libraries are entente's own copies, those of the report.
    static const std::vector<std::string> paths = [] {
      std::vector<std::string> p;
      for (const WebAsset& lib : ChartLibraries()) p.push_back("/vendor/" + std::string(lib.package) + ".min.js");
      return p;
    }();
    for (size_t i = 0; i < ChartLibraries().size(); ++i) {
      out.push_back(SiteFile{paths[i], ContentTypeOf(paths[i]), ChartLibraries()[i].script});
    }
    std::sort(out.begin(), out.end(), [](const SiteFile& x, const SiteFile& y) { return x.path < y.path; });
    return out;
  }();
  return files;
}

const SiteFile* FindSiteFile(std::string_view path) {
  const std::vector<SiteFile>& files = SiteFiles();
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const SiteFile& f, std::string_view p) { return f.path < p; });
  return it != files.end() && it->path == path ? &*it : nullptr;
}

std::string_view DashboardPage() {
  const SiteFile* page = FindSiteFile("/index.html");
  return page != nullptr ? page->body : std::string_view();
}

}  // namespace entente
