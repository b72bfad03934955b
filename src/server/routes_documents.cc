// The routes of states, datasets, the report and the claim check.
#include <sstream>

#include <fmt/format.h>

#include "output/report_html.h"
#include "output/report_json.h"
#include "query/bundle_status.h"
#include "query/claims/claim_check.h"
#include "query/claims/claim_file.h"
#include "query/codes/country_query.h"
#include "query/report/report.h"
#include "server/route.h"

namespace entente {
namespace {

constexpr char kDefaultClaimName[] = "claims.toml";

// `country QUERY`, or with `list`, `country --list`.
Result<Reply> CountryReply(Workspace& ws, const RouteArgs& args, const std::string& query, bool list) {
  CountryRequest req;
  req.query = query;
  req.list = list;
  req.year = args.Number("year");
  return JsonReply(ws, QueryCountry(ws, req));
}

RouteParam YearOfIdentity() {
  return YearParam("year", "The state and its name and codes in this year [default: every period]");
}

Result<Reply> ReportReply(Workspace& ws, const RouteArgs& args) {
  ReportRequest req;
  req.a = args.Text("a");
  req.b = args.Text("b");
  req.from = args.Number("from");
  req.to = args.Number("to");
  for (const std::string& item : args.List("compare")) {
    Result<std::pair<std::string, std::string>> dyad = ParseDyad(item);
    if (!dyad.ok()) return dyad.status();
    req.compare.push_back(*dyad);
  }
  if (args.Has("measure")) req.vote_measure = args.Text("measure");
  req.ideal_points = args.Flag("ideal");
  const std::string format = args.Has("format") ? args.Text("format") : "html";
  if (format == "md") {
    return Status::Usage("report --format md writes its charts as SVG files beside the Markdown: give -o FILE.md");
  }
  Result<Report> report = BuildReport(ws, req);
  if (!report.ok()) return report.status();
  std::ostringstream text;
  if (format == "json") {
    WriteReportJson(*report, text);
    return Reply{"application/json", text.str()};
  }
  WriteReportHtml(*report, text);
  return Reply{"text/html; charset=utf-8", text.str()};
}

Result<Reply> CheckReply(Workspace& ws, const RouteArgs& args, const std::string& body) {
  const std::string name = args.Has("name") ? args.Text("name") : kDefaultClaimName;
  Result<ClaimFile> file = ParseClaimFile(body, name);
  // The file is the user's input: its errors are a bad request, not the server's data.
  if (!file.ok()) return Status::Usage(file.status().message());
  Result<std::vector<ClaimResult>> results = CheckClaims(ws, *file);
  if (!results.ok()) return results.status();
  return JsonReply(ws, ClaimsAnswer(*file, *results));
}

}  // namespace

void AddStateRoutes(std::vector<Route>& routes) {
  Route search{"GET", "/api/v1/states", "Which state a name or code means; without q, every state of the registry",
               "entente country QUERY | entente country --list"};
  search.params = {TextParam("q", "A name in any case or language (\"PRC\", \"Viet Nam\"), ISO2, ISO3, COW letters, "
                                  "COW code, or with a prefix m49:N, gw:N, cow:X"),
                   YearOfIdentity()};
  search.examples = {{"q=PRC", "country PRC"},
                     {"q=", "country ''"},
                     {"q=Serbia&year=1995", "country Serbia --year 1995"},
                     {"year=1950", "country --list --year 1950"}};
  search.run = [](Workspace& ws, const RouteArgs& args, const std::string&) {
    return CountryReply(ws, args, args.Text("q"), !args.Has("q"));
  };
  routes.push_back(std::move(search));

  Route state{"GET", "/api/v1/states/{state}", "A state's record: its names and codes by period (or in one year)",
              "entente country STATE"};
  state.params = {TextParam("state", "The state (name, ISO2, ISO3 or COW code)", true), YearOfIdentity()};
  state.params.front().in_path = true;
  state.examples = {{"state=PAK", "country PAK"}, {"state=365&year=1980", "country 365 --year 1980"}};
  state.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    return CountryReply(ws, args, args.Text("state"), false);
  };
  routes.push_back(std::move(state));
}

void AddDocumentRoutes(std::vector<Route>& routes) {
  Route report{"GET", "/api/v1/report", "The evidence on a relationship in one document: HTML with charts, or JSON",
               "entente report A B"};
  report.params = {TextParam("a", "First state (name, ISO2, ISO3 or COW code)", true),
                   TextParam("b", "Second state", true),
                   YearParam("from", "First year [default: the first year both states existed]"),
                   YearParam("to", "Last year [default: the last year of any dataset]"),
                   ListParam("compare", "Comparison dyads drawn beside A-B, e.g. IND-USA,PAK-USA"),
                   ChoiceParam("measure", "Agreement measure of the voting chart [default: agree]",
                               {"agree", "ia", "s", "kappa", "pi"}),
                   FlagParam("ideal", "Add the ideal points of the report's states (about a second more)"),
                   ChoiceParam("format", "html (one self-contained page) or json [default: html]; md needs files "
                                         "beside it and is refused, as on standard output",
                               {"html", "md", "json"})};
  report.examples = {{"a=PAK&b=CHN&from=2013&to=2018&format=json", "report PAK CHN --from 2013 --to 2018 --format json"},
                     {"a=PAK&b=CHN&from=2013&to=2018&compare=IND-USA&format=html",
                      "report PAK CHN --from 2013 --to 2018 --compare IND-USA --format html"}};
  report.media_types = {"text/html", "application/json"};
  report.run = [](Workspace& ws, const RouteArgs& args, const std::string&) { return ReportReply(ws, args); };
  routes.push_back(std::move(report));

  Route datasets{"GET", "/api/v1/datasets",
                 "The bundle's datasets: state, records, years, version, SHA-256 and citation of each",
                 "entente data status"};
  datasets.examples = {{"", "data status"}};
  datasets.run = [](Workspace& ws, const RouteArgs&, const std::string&) -> Result<Reply> {
    // The bundle is read-only while the server runs: check it once.
    Result<std::shared_ptr<const Answer>> status = ws.LoadOnce<Answer>("server.bundle_status", [&]() -> Result<Answer> {
      std::vector<DatasetCheck> checks;
      return BundleStatus(ws.data_dir(), ws.manifest(), "data status", &checks);
    });
    if (!status.ok()) return status.status();
    return JsonReply(ws, **status);
  };
  routes.push_back(std::move(datasets));

  Route check{"POST", "/api/v1/check", "Measure the claims of a claim file (the request body, TOML) and give verdicts",
              "entente check FILE"};
  check.params = {TextParam("name", "The claim file's name in the answer [default: claims.toml]")};
  check.examples = {{"name=claims/pakistan-china-beyond-cpec.toml", "check claims/pakistan-china-beyond-cpec.toml",
                     "claims/pakistan-china-beyond-cpec.toml"}};
  check.run = CheckReply;
  routes.push_back(std::move(check));
}

}  // namespace entente
