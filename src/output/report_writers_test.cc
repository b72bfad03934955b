// Tests of the report writers on a hand-made report: the HTML page carries
// its charts and libraries and nothing that loads from elsewhere, the
// Markdown links one SVG per chart, the JSON keeps full precision, and the
// chart renderers draw what the data say.
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "output/report_html.h"
#include "output/report_json.h"
#include "output/report_markdown.h"
#include "output/svg_chart.h"
#include "output/vega_lite.h"
#include "output/web_assets.h"

namespace entente {
namespace report_writers_test {

Chart LineChart() {
  Chart c;
  c.name = "votes_over_time";
  c.title = "Alignment <by year>";
  c.caption = "agree & more";
  c.kind = ChartKind::kLine;
  c.y_title = "agree";
  c.series = {"A-B", "C-D"};
  c.highlight = Period{2001, 2002};
  c.points = {{2000, "A-B", 0.5}, {2001, "A-B", 0.75}, {2002, "A-B", std::nullopt}, {2003, "A-B", 0.25},
              {2000, "C-D", 0.1}, {2001, "C-D", 0.2}};
  return c;
}

Chart BarChart() {
  Chart c;
  c.name = "arms_imports_a";
  c.title = "Imports";
  c.kind = ChartKind::kStackedBar;
  c.y_title = "TIV";
  c.series = {"X", "Y"};
  c.points = {{2000, "X", 30.0}, {2000, "Y", 70.0}, {2001, "X", 10.0}};
  return c;
}

Report SampleReport() {
  Report r;
  r.title = "Atlantis and Borduria, 2000-2003";
  r.a_label = "Atlantis (ATL, 1)";
  r.b_label = "Borduria (BOR, 2)";
  r.period = Period{2000, 2003};
  r.version = "0.0-test";
  r.summary.push_back(Headline{"Share", Cell(2.0 / 3.0), "66.67%", "of 3", "share: a / b", "2000-2003", "x",
                               HeadlinePercentile{75, 4, "pairs of the test"}});
  ReportPart part;
  part.name = "votes";
  part.title = "Votes";
  part.facts.push_back(ReportFact{"<script>alert(1)</script>", "a \"quoted\" value"});
  part.charts = {LineChart(), BarChart()};
  Table t;
  t.AddColumn("year", 0);
  t.AddColumn("share", 4);
  t.AddRow({int64_t{2000}, 0.123456789});
  part.tables.push_back(Section{"shares", "Shares", t, false});
  part.missing.push_back("no roll call in 2003");
  part.datasets.push_back("un_votes");
  r.parts.push_back(part);
  r.measures.push_back(MeasureDefinition{"agree", "share of identical votes"});
  r.datasets.push_back(DatasetRef{"un_votes", "UN votes", "1.0", "0123456789abcdef", "Voeten et al."});
  return r;
}

TEST(ReportHtml, SelfContainedWithEveryChartAndNoExternalLoad) {
  std::ostringstream out;
  WriteReportHtml(SampleReport(), out);
  std::string html = out.str();
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  for (const WebAsset& lib : ChartLibraries()) {
    EXPECT_NE(html.find(fmt::format("data-package=\"{}\"", lib.package)), std::string::npos) << lib.package;
    EXPECT_GT(lib.script.size(), 10000u) << lib.package;
    EXPECT_EQ(lib.script.find("sourceMappingURL"), std::string::npos) << lib.package;
  }
  EXPECT_NE(html.find("id=\"chart-votes_over_time\""), std::string::npos);
  EXPECT_NE(html.find("id=\"chart-arms_imports_a\""), std::string::npos);
  // Text is escaped, never markup.
  EXPECT_EQ(html.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("Not in the data:</strong> no roll call in 2003"), std::string::npos);
  // Outside the libraries, nothing names another resource.
  std::string page = html;
  for (size_t at; (at = page.find("<script data-package")) != std::string::npos;) {
    page.erase(at, page.find("</script>", at) + 9 - at);
  }
  EXPECT_EQ(page.find(" src="), std::string::npos);
  EXPECT_EQ(page.find(" href="), std::string::npos);
  // The specifications parse and hold the data.
  const std::string open = "<script type=\"application/json\" id=\"entente-chart-specs\">";
  size_t begin = html.find(open);
  ASSERT_NE(begin, std::string::npos);
  begin += open.size();
  auto specs = nlohmann::json::parse(html.substr(begin, html.find("</script>", begin) - begin));
  ASSERT_TRUE(specs.contains("chart-votes_over_time"));
  EXPECT_EQ(specs["chart-votes_over_time"]["layer"][1]["data"]["values"].size(), 6u);
  EXPECT_EQ(specs["chart-votes_over_time"]["description"], "agree & more");
}

TEST(VegaLite, ShadesThePeriodOnlyWhenTheChartGoesBeyondIt) {
  nlohmann::ordered_json line = VegaLiteSpec(LineChart());
  ASSERT_TRUE(line.contains("layer"));
  EXPECT_EQ(line["layer"][0]["mark"]["type"], "rect");
  EXPECT_EQ(line["layer"][0]["data"]["values"][0]["from"], 2001);
  Chart inside = LineChart();
  inside.highlight = Period{1990, 2010};
  EXPECT_FALSE(VegaLiteSpec(inside).contains("layer"));
  nlohmann::ordered_json bars = VegaLiteSpec(BarChart());
  EXPECT_EQ(bars["mark"]["type"], "bar");
  EXPECT_EQ(bars["encoding"]["y"]["aggregate"], "sum");
  EXPECT_EQ(bars["encoding"]["color"]["scale"]["domain"], nlohmann::ordered_json({"X", "Y"}));
  EXPECT_TRUE(line["layer"][1]["data"]["values"][2]["value"].is_null());
}

TEST(ReportMarkdown, LinksAnSvgPerChartAndFlagsWhatIsMissing) {
  std::ostringstream out;
  WriteReportMarkdown(SampleReport(), "report_charts", out);
  std::string md = out.str();
  EXPECT_NE(md.find("![Alignment &lt;by year>](report_charts/votes_over_time.svg)"), std::string::npos);
  EXPECT_NE(md.find("(report_charts/arms_imports_a.svg)"), std::string::npos);
  EXPECT_NE(md.find("> **Not in the data:** no roll call in 2003"), std::string::npos);
  EXPECT_NE(md.find("| Share | **66.67%** | of 3 | 2000-2003 | share: a / b | x |"), std::string::npos);
  EXPECT_NE(md.find("| 2000 | 0.1235 |"), std::string::npos);
  EXPECT_NE(md.find("| un_votes | UN votes | 1.0 | `0123456789abcdef` | Voeten et al. |"), std::string::npos);
}

TEST(ReportMarkdown, Issue16TextFromTheDataIsNeverRawHtml) {
  Report r = SampleReport();
  Table events;
  events.AddColumn("summary");
  events.AddRow({std::string("<img src=x onerror=alert(1)> and <b>bold</b>")});
  r.parts[0].tables.push_back(Section{"events", "Events", events, false});
  r.parts[0].notes.push_back("<iframe src=//example.org>");
  std::ostringstream out;
  WriteReportMarkdown(r, "report_charts", out);
  std::string md = out.str();
  for (const char* tag : {"<script", "<img", "<b>", "<iframe"}) EXPECT_EQ(md.find(tag), std::string::npos) << tag;
  EXPECT_NE(md.find("&lt;img src=x onerror=alert(1)> and &lt;b>bold&lt;/b>"), std::string::npos);
}

TEST(ReportJson, EveryNumberAtFullPrecisionWithProvenance) {
  std::ostringstream out;
  WriteReportJson(SampleReport(), out);
  auto doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["command"], "report");
  EXPECT_DOUBLE_EQ(doc["summary"][0]["value"].get<double>(), 2.0 / 3.0);
  EXPECT_EQ(doc["summary"][0]["measure"], "share: a / b");
  EXPECT_DOUBLE_EQ(doc["parts"][0]["tables"]["shares"]["rows"][0]["share"].get<double>(), 0.123456789);
  EXPECT_TRUE(doc["parts"][0]["charts"][0]["points"][2]["value"].is_null());
  EXPECT_EQ(doc["parts"][0]["missing"][0], "no roll call in 2003");
  EXPECT_EQ(doc["datasets"][0]["sha256"], "0123456789abcdef");
  EXPECT_EQ(doc["period"]["from"], 2000);
  EXPECT_DOUBLE_EQ(doc["summary"][0]["percentile"]["value"].get<double>(), 75);
  EXPECT_EQ(doc["summary"][0]["percentile"]["dyads"], 4);
  EXPECT_EQ(doc["summary"][0]["percentile"]["among"], "pairs of the test");
  EXPECT_TRUE(doc["parts"][0]["charts"][0]["band"].empty());
}

// Issue 18: the band of every dyad behind a line chart's series: two layers
// (the interquartile range, the dashed median) under the series in
// Vega-Lite, an area, a dashed line and a legend entry in SVG.
Chart BandChart() {
  Chart c = LineChart();
  c.band = {{2000, 0.2, 0.4, 0.6, 10}, {2001, 0.3, 0.5, 0.7, 12}, {2003, 0.1, 0.2, 0.9, 11}};
  c.band_label = "all dyads: median, interquartile range";
  return c;
}

TEST(VegaLite, Issue18BandOfEveryDyadBehindTheSeries) {
  nlohmann::ordered_json spec = VegaLiteSpec(BandChart());
  ASSERT_TRUE(spec.contains("layer"));
  ASSERT_EQ(spec["layer"].size(), 4u);  // period, band, median, series
  EXPECT_EQ(spec["layer"][1]["mark"]["type"], "area");
  EXPECT_EQ(spec["layer"][1]["encoding"]["y"]["field"], "low");
  EXPECT_EQ(spec["layer"][1]["encoding"]["y2"]["field"], "high");
  EXPECT_EQ(spec["layer"][1]["data"]["values"].size(), 3u);
  EXPECT_EQ(spec["layer"][2]["encoding"]["y"]["field"], "median");
  EXPECT_EQ(spec["layer"][3]["data"]["values"].size(), 6u);
  Chart inside = BandChart();
  inside.highlight = Period{1990, 2010};
  EXPECT_EQ(VegaLiteSpec(inside)["layer"].size(), 3u);
  EXPECT_FALSE(VegaLiteSpec(LineChart())["layer"][0]["mark"]["type"] == "area");
}

TEST(SvgChart, Issue18BandOfEveryDyadBehindTheSeries) {
  std::string svg = SvgChart(BandChart());
  EXPECT_NE(svg.find("fill=\"#999\" fill-opacity=\"0.25\"><title>all dyads: median, interquartile range</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray=\"4 3\""), std::string::npos);
  EXPECT_NE(svg.find(">all dyads</text>"), std::string::npos);
  // Drawn before the series, so the pairs' lines stay on top.
  EXPECT_LT(svg.find("stroke-dasharray"), svg.find("stroke=\"#4c78a8\""));
  EXPECT_EQ(SvgChart(LineChart()).find("stroke-dasharray"), std::string::npos);
}

TEST(SvgChart, NiceTicksCoverTheRange) {
  EXPECT_EQ(NiceTicks(0, 1, 5), (std::vector<double>{0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}));
  std::vector<double> t = NiceTicks(-0.37, 0.92, 5);
  EXPECT_LE(t.front(), -0.37);
  EXPECT_GE(t.back(), 0.92);
  EXPECT_EQ(NiceTicks(0, 853.24, 5).back(), 1000);
  std::vector<double> flat = NiceTicks(3, 3, 5);  // one value: a range around it
  EXPECT_LT(flat.front(), 3);
  EXPECT_GT(flat.back(), 3);
}

TEST(SvgChart, LinesBreakAtMissingValuesAndBarsStack) {
  std::string line = SvgChart(LineChart());
  EXPECT_EQ(line.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(line.find("<title>Alignment &lt;by year&gt;</title>"), std::string::npos);
  // A-B: 2000-2001, a gap in 2002, then 2003 alone: two moves in its path.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(line, m, std::regex("<path d=\"([^\"]*)\" fill=\"none\" stroke=\"#4c78a8\"")));
  std::string d = m[1];
  EXPECT_EQ(std::count(d.begin(), d.end(), 'M'), 2);
  EXPECT_EQ(std::count(d.begin(), d.end(), 'L'), 1);
  std::string bars = SvgChart(BarChart());
  EXPECT_EQ(std::count(bars.begin(), bars.end(), '\n') > 0, true);
  EXPECT_NE(bars.find("<title>X 2000: 30.00</title>"), std::string::npos);
  EXPECT_NE(bars.find("<title>Y 2000: 70.00</title>"), std::string::npos);
  EXPECT_NE(bars.find("<title>X 2001: 10.00</title>"), std::string::npos);
  EXPECT_NE(bars.find("</svg>"), std::string::npos);
  Chart empty = BarChart();
  empty.points.clear();
  EXPECT_NE(SvgChart(empty).find("</svg>"), std::string::npos);
}

}  // namespace report_writers_test
}  // namespace entente
