// HTML form of a report.
#include "output/report_html.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/number_format.h"
#include "core/text.h"
#include "output/vega_lite.h"
#include "output/web_assets.h"
#include "output/xml_escape.h"

namespace entente {
namespace {

// Tables longer than this are folded into a <details> element (opened for print).
constexpr size_t kFoldRows = 12;

constexpr std::string_view kStyle = R"CSS(
:root { --ink: #1d2329; --muted: #5b6570; --rule: #d9dee3; --accent: #4c78a8; --warn: #9a5b00; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; background: white; }
header h1 { font-size: 26px; margin: 8px 0 4px; }
header p { color: var(--muted); margin: 2px 0; }
h2 { font-size: 20px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 4px; padding: 10px 12px; }
.card .label { font-size: 13px; color: var(--muted); }
.card .value { font-size: 22px; font-weight: 600; margin: 2px 0; }
.card .detail { font-size: 13px; }
.card .measure { font-size: 11px; color: var(--muted); margin-top: 4px; }
.card .source { font-size: 12px; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: minmax(180px, max-content) 1fr; gap: 2px 16px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
figure { margin: 16px 0 24px; break-inside: avoid; }
.chart { width: 100%; min-height: 280px; }
figcaption { font-size: 13px; color: var(--muted); }
table { border-collapse: collapse; font-size: 13px; margin: 6px 0 14px; }
th, td { border-bottom: 1px solid var(--rule); padding: 3px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f0f2f4; }
.wide { overflow-x: auto; }
.missing { border-left: 4px solid var(--warn); background: #fff8ec; padding: 6px 12px; margin: 10px 0; }
.notes { font-size: 13px; color: var(--muted); }
details summary { cursor: pointer; color: var(--accent); }
dl.record { border-top: 1px solid var(--rule); padding-top: 6px; font-size: 14px; break-inside: avoid; }
dd[data-column="verdict"] { font-weight: 600; }
dd[data-value="supported"] { color: #2e7d32; }
dd[data-value="partly supported"] { color: #9a5b00; }
dd[data-value="not supported"] { color: #c62828; }
footer { font-size: 12px; color: var(--muted); margin-top: 32px; }
@media print {
  body { background: white; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .wide { overflow: visible; }
}
)CSS";

// Draws every chart, then marks the page done (the browser test waits for it).
constexpr std::string_view kDrawCharts = R"JS(
(function () {
  var specs = JSON.parse(document.getElementById('entente-chart-specs').textContent);
  var drawn = Object.keys(specs).map(function (id) {
    return vegaEmbed('#' + id, specs[id], {renderer: 'svg', actions: false}).catch(function (e) {
      document.getElementById(id).textContent = 'This chart could not be drawn: ' + e;
      console.error(e);
    });
  });
  Promise.all(drawn).then(function () { document.body.setAttribute('data-charts', 'drawn'); });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
)JS";

bool IsNumber(const Cell& c) {
  return std::holds_alternative<int64_t>(c) || std::holds_alternative<double>(c);
}

// Script text must not close its element early. In JSON "</" occurs only in
// strings, where "<\/" means the same; in code only "</script" is escaped,
// since "</" may be part of a regular expression.
std::string ScriptSafe(std::string_view text, bool json) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] != '<' || i + 1 >= text.size() || text[i + 1] != '/') continue;
    if (json || (text.size() - i >= 8 && ToLower(text.substr(i + 2, 6)) == "script")) out += '\\';
  }
  return out;
}

// A section marked expanded (each row a record, such as a claim with its
// verdict and reason) is written as blocks rather than as a wide table.
void WriteRecords(const Section& s, std::ostream& out) {
  const Table& t = s.table;
  out << "<h3>" << XmlEscape(s.title) << "</h3>\n";
  for (const auto& row : t.rows) {
    out << "<dl class=\"facts record\">\n";
    for (size_t i = 0; i < row.size(); ++i) {
      std::string text = CellDisplay(row[i], t.columns[i].decimals);
      out << "<dt>" << XmlEscape(t.columns[i].name) << "</dt><dd data-column=\"" << XmlEscape(t.columns[i].name)
          << "\" data-value=\"" << XmlEscape(text) << "\">" << XmlEscape(text) << "</dd>\n";
    }
    out << "</dl>\n";
  }
}

void WriteTable(const Section& s, std::ostream& out) {
  if (s.expanded) return WriteRecords(s, out);
  const Table& t = s.table;
  bool fold = t.rows.size() > kFoldRows;
  out << "<h3>" << XmlEscape(s.title) << "</h3>\n";
  if (fold) out << "<details><summary>Show " << t.rows.size() << " rows</summary>\n";
  out << "<div class=\"wide\"><table data-name=\"" << XmlEscape(s.name) << "\">\n<thead><tr>";
  for (const Column& c : t.columns) out << "<th>" << XmlEscape(c.name) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (size_t i = 0; i < row.size(); ++i) {
      std::string text = CellDisplay(row[i], t.columns[i].decimals);
      out << (IsNumber(row[i]) ? "<td class=\"num\">" : "<td>") << XmlEscape(text) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table></div>\n";
  if (fold) out << "</details>\n";
}

void WriteFacts(const std::vector<ReportFact>& facts, std::ostream& out) {
  if (facts.empty()) return;
  out << "<dl class=\"facts\">\n";
  for (const ReportFact& f : facts) {
    out << "<dt>" << XmlEscape(f.label) << "</dt><dd>" << XmlEscape(f.value) << "</dd>\n";
  }
  out << "</dl>\n";
}

void WritePart(const ReportPart& p, nlohmann::ordered_json& specs, std::ostream& out) {
  out << "<section id=\"" << XmlEscape(p.name) << "\">\n<h2>" << XmlEscape(p.title) << "</h2>\n";
  for (const std::string& m : p.missing) {
    out << "<p class=\"missing\"><strong>Not in the data:</strong> " << XmlEscape(m) << "</p>\n";
  }
  WriteFacts(p.facts, out);
  for (const Chart& c : p.charts) {
    std::string id = "chart-" + c.name;
    specs[id] = VegaLiteSpec(c);
    out << "<figure>\n<h3>" << XmlEscape(c.title) << "</h3>\n<div class=\"chart\" id=\"" << XmlEscape(id)
        << "\" role=\"img\" aria-label=\"" << XmlEscape(c.title) << "\"></div>\n<figcaption>"
        << XmlEscape(c.caption) << "</figcaption>\n</figure>\n";
  }
  for (const Section& s : p.tables) WriteTable(s, out);
  if (!p.notes.empty()) {
    out << "<ul class=\"notes\">\n";
    for (const std::string& n : p.notes) out << "<li>" << XmlEscape(n) << "</li>\n";
    out << "</ul>\n";
  }
  if (!p.datasets.empty()) {
    out << "<p class=\"notes\">Datasets: " << XmlEscape(fmt::format("{}", fmt::join(p.datasets, ", "))) << "</p>\n";
  }
  out << "</section>\n";
}

}  // namespace

void WriteReportHtml(const Report& r, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // Nothing may leave the page: no fetch, no image, font or script from elsewhere.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"generator\" content=\"entente " << XmlEscape(r.version) << "\">\n"
      << "<title>" << XmlEscape(r.title) << " | entente report</title>\n<style>" << kStyle << "</style>\n";
  for (const WebAsset& lib : ChartLibraries()) {
    out << "<script data-package=\"" << lib.package << "\" data-version=\"" << lib.version << "\">"
        << ScriptSafe(lib.script, false) << "</script>\n";
  }
  out << "</head>\n<body>\n<main>\n<header>\n<h1>" << XmlEscape(r.title) << "</h1>\n<p>"
      << XmlEscape(r.a_label) << " and " << XmlEscape(r.b_label) << ", " << r.period.ToString() << "</p>\n";
  if (!r.compare.empty()) {
    out << "<p>Compared with " << XmlEscape(fmt::format("{}", fmt::join(r.compare, ", "))) << "</p>\n";
  }
  for (const std::string& n : r.notes) out << "<p class=\"notes\">" << XmlEscape(n) << "</p>\n";
  out << "</header>\n<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n";
  for (const Headline& h : r.summary) {
    out << "<div class=\"card\"><div class=\"label\">" << XmlEscape(h.label) << "</div><div class=\"value\">"
        << XmlEscape(h.text) << "</div><div class=\"detail\">" << XmlEscape(h.detail)
        << "</div><div class=\"measure\">" << XmlEscape(h.measure) << "</div><div class=\"source\">"
        << XmlEscape(h.period) << " &middot; " << XmlEscape(h.dataset) << "</div></div>\n";
  }
  out << "</div>\n</section>\n";
  nlohmann::ordered_json specs = nlohmann::ordered_json::object();
  for (const ReportPart& p : r.parts) WritePart(p, specs, out);

  out << "<section id=\"data\">\n<h2>Data and definitions</h2>\n<h3>Measures</h3>\n<dl class=\"facts\">\n";
  for (const MeasureDefinition& m : r.measures) {
    out << "<dt>" << XmlEscape(m.name) << "</dt><dd>" << XmlEscape(m.definition) << "</dd>\n";
  }
  out << "</dl>\n<h3>Datasets</h3>\n<div class=\"wide\"><table>\n<thead><tr><th>name</th><th>title</th>"
         "<th>version</th><th>sha256</th><th>citation</th></tr></thead>\n<tbody>\n";
  for (const DatasetRef& d : r.datasets) {
    out << "<tr><td>" << XmlEscape(d.id) << "</td><td>" << XmlEscape(d.title) << "</td><td>"
        << XmlEscape(d.version) << "</td><td><code>" << XmlEscape(d.ShortSha()) << "</code></td><td>"
        << XmlEscape(d.citation) << "</td></tr>\n";
  }
  out << "</tbody></table></div>\n</section>\n<footer>Written by entente " << XmlEscape(r.version)
      << ". Charts drawn by";
  for (const WebAsset& lib : ChartLibraries()) out << " " << lib.package << " " << lib.version;
  out << ", carried in this page.</footer>\n</main>\n<script type=\"application/json\" id=\"entente-chart-specs\">"
      << ScriptSafe(specs.dump(), true) << "</script>\n<script>" << kDrawCharts << "</script>\n</body>\n</html>\n";
}

}  // namespace entente
