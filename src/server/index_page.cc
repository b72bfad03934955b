// The index page, generated from the route table.
#include "server/index_page.h"

#include <fmt/format.h>

#include "core/version.h"
#include "output/xml_escape.h"

namespace entente {

std::string IndexPage(const std::vector<Route>& routes) {
  std::string html = fmt::format(
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>entente {0}: API</title>\n<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;"
      "margin:2rem auto;padding:0 1rem;color:#1a1a1a}}code{{font-size:.9em}}td,th{{text-align:left;"
      "vertical-align:top;padding:.3rem .6rem .3rem 0}}th{{border-bottom:1px solid #999}}</style>\n</head>\n<body>\n"
      "<h1>entente {0}: API</h1>\n<p>This server answers the JSON API below: each route returns what "
      "<code>entente COMMAND ... --format json</code> prints for the same request. The dashboard that draws "
      "these answers (map, pair, claims and data pages) is at <a href=\"/\">/</a>.</p>\n"
      "<p>The routes and their parameters as OpenAPI 3.0: <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json"
      "</a>. Errors are <code>application/problem+json</code> (RFC 9457).</p>\n"
      "<table>\n<thead><tr><th scope=\"col\">Route</th><th scope=\"col\">What</th><th scope=\"col\">Parameters</th>"
      "<th scope=\"col\">Example</th></tr></thead>\n<tbody>\n",
      XmlEscape(kEntenteVersion));
  for (const Route& r : routes) {
    std::string params;
    for (const RouteParam& p : r.params) {
      params += fmt::format("{}<code>{}</code>{}", params.empty() ? "" : ", ", XmlEscape(p.name), p.required ? "*" : "");
    }
    std::string example;
    if (!r.examples.empty() && r.method == "GET") {
      std::string path = r.path;
      std::string query = r.examples.front().query;
      for (const RouteParam& p : r.params) {
        if (!p.in_path) continue;
        std::string key = p.name + "=";
        size_t at = query.find(key);
        size_t end = query.find('&', at);
        std::string value = query.substr(at + key.size(), end == std::string::npos ? std::string::npos : end - at - key.size());
        query.erase(at, end == std::string::npos ? std::string::npos : end - at + 1);
        path.replace(path.find("{" + p.name + "}"), p.name.size() + 2, value);
      }
      std::string href = query.empty() ? path : path + "?" + query;
      example = fmt::format("<a href=\"{0}\">{0}</a>", XmlEscape(href));
    } else if (!r.examples.empty()) {
      example = "<code>curl --data-binary @FILE.toml " + XmlEscape(r.path) + "</code>";
    }
    html += fmt::format("<tr><td><code>{} {}</code></td><td>{} (<code>{}</code>)</td><td>{}</td><td>{}</td></tr>\n",
                        XmlEscape(r.method), XmlEscape(r.path), XmlEscape(r.summary), XmlEscape(r.command), params,
                        example);
  }
  html += "</tbody>\n</table>\n<p>* required. Parameters are named as the command's options "
          "(<code>from</code>, <code>to</code>, <code>by</code>, <code>measure</code>, <code>top</code>, ...); a "
          "flag is <code>true</code> or <code>false</code>; a list is comma-separated.</p>\n</body>\n</html>\n";
  return html;
}

}  // namespace entente
