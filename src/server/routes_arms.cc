// The arms routes: SIPRI imports, exports, a dyad's flow, dependence, deals.
#include "query/arms/arms_deals.h"
#include "query/arms/arms_dependence.h"
#include "query/arms/arms_flow.h"
#include "query/arms/arms_trade.h"
#include "server/route.h"

namespace entente {
namespace {

// Delivery years, as the CLI's --from and --to of `arms` (cli/cmd_arms.cc).
void AddYearParams(std::vector<RouteParam>& params) {
  params.push_back(YearParam("from", "First delivery year [default: the register's first, 1995]", 1900));
  params.push_back(YearParam("to", "Last delivery year [default: the register's last, 2024]", 1900));
}

RouteParam WindowParam(std::string help) { return NumberParam("window", std::move(help), 1, 100, "a number of years"); }

Route TradeRoute(ArmsDirection direction) {
  const bool imports = direction == ArmsDirection::kImports;
  const std::string role = imports ? "recipient" : "supplier";
  const std::string partner = imports ? "supplier" : "recipient";
  Route r{"GET", imports ? "/api/v1/arms/imports" : "/api/v1/arms/exports",
          imports ? "A recipient's arms imports by supplier and year, with totals and shares (SIPRI TIV)"
                  : "A supplier's arms exports by recipient and year, with totals and shares (SIPRI TIV)",
          imports ? "entente arms imports RECIPIENT" : "entente arms exports SUPPLIER"};
  r.params = {TextParam(role, "A state: name, ISO2, ISO3 or COW code; or a non-state actor's name as SIPRI spells it",
                        true)};
  AddYearParams(r.params);
  std::vector<std::string> by;
  for (const auto& [name, _] : TradeByNames(direction)) by.push_back(name);
  r.params.push_back(ChoiceParam("by", "Rows: " + partner + ", year or " + partner + ",year [default: " + partner + "]", by));
  r.params.push_back(CountParam("top", "Keep the N largest " + partner + "s; sum the rest in one \"Other\" row"));
  r.params.push_back(FlagParam("wide", "With by=" + partner + ",year: a cross table for reading"));
  if (imports) {
    r.examples = {{"recipient=PAK&from=2013&to=2018&by=supplier,year", "arms imports PAK --from 2013 --to 2018 --by supplier,year"},
                  {"recipient=PAK&from=2013&to=2017", "arms imports PAK --from 2013 --to 2017"},
                  {"recipient=India&from=2020&to=2024&top=5", "arms imports India --from 2020 --to 2024 --top 5"}};
  } else {
    r.examples = {{"supplier=CHN&from=2013&to=2017&top=5", "arms exports CHN --from 2013 --to 2017 --top 5"},
                  {"supplier=CHN&by=year", "arms exports CHN --by year"}};
  }
  r.run = [direction, role](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    ArmsTradeRequest req;
    req.direction = direction;
    req.state = args.Text(role);
    req.from = args.Number("from");
    req.to = args.Number("to");
    if (args.Has("by")) req.by = *ParseTradeBy(direction, args.Text("by"));
    req.top = args.NumberOr("top", 0);
    req.wide = args.Flag("wide");
    return JsonReply(ws, ArmsTrade(ws, req));
  };
  return r;
}

}  // namespace

void AddArmsRoutes(std::vector<Route>& routes) {
  routes.push_back(TradeRoute(ArmsDirection::kImports));
  routes.push_back(TradeRoute(ArmsDirection::kExports));

  Route flow{"GET", "/api/v1/arms/flow",
             "Arms transfers from a supplier to a recipient by year and 5-year window, with both sides' shares",
             "entente arms flow SUPPLIER RECIPIENT"};
  flow.params = {TextParam("supplier", "The supplying state (name, ISO2, ISO3 or COW code)", true),
                 TextParam("recipient", "The receiving state", true)};
  AddYearParams(flow.params);
  flow.params.push_back(WindowParam("Years per window; windows run back to back, ending at to [default: 5]"));
  flow.examples = {{"supplier=CHN&recipient=PAK&from=2013&to=2017", "arms flow CHN PAK --from 2013 --to 2017"},
                   {"supplier=USA&recipient=IND&window=10", "arms flow USA IND --window 10"},
                   {"supplier=IND&recipient=PAK", "arms flow IND PAK"}};
  flow.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    ArmsFlowRequest req;
    req.supplier = args.Text("supplier");
    req.recipient = args.Text("recipient");
    req.from = args.Number("from");
    req.to = args.Number("to");
    req.window = args.NumberOr("window", req.window);
    return JsonReply(ws, ArmsFlow(ws, req));
  };
  routes.push_back(std::move(flow));

  Route dep{"GET", "/api/v1/arms/dependence",
            "A recipient's supplier shares and their concentration per window", "entente arms dependence RECIPIENT"};
  dep.params = {TextParam("recipient", "The receiving state (name, ISO2, ISO3 or COW code)", true)};
  AddYearParams(dep.params);
  dep.params.push_back(WindowParam("Years per window [default: 5, SIPRI's]"));
  dep.params.push_back(NumberParam("step", "Years between window starts; 1 gives rolling windows [default: window]", 1,
                                   100, "a number of years"));
  dep.params.push_back(CountParam("top", "Suppliers listed per window [default: all]"));
  dep.examples = {{"recipient=PAK", "arms dependence PAK"},
                  {"recipient=PAK&to=2017&top=3", "arms dependence PAK --to 2017 --top 3"}};
  dep.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    ArmsDependenceRequest req;
    req.recipient = args.Text("recipient");
    req.from = args.Number("from");
    req.to = args.Number("to");
    req.window = args.NumberOr("window", req.window);
    req.step = args.NumberOr("step", 0);
    req.top = args.NumberOr("top", 0);
    return JsonReply(ws, ArmsDependence(ws, req));
  };
  routes.push_back(std::move(dep));

  Route deals{"GET", "/api/v1/arms/deals", "Deals with their deliveries summed: designation, order year, units, TIV",
              "entente arms deals"};
  deals.params = {TextParam("supplier", "Only deals from this state or actor"),
                  TextParam("recipient", "Only deals to this state or actor")};
  AddYearParams(deals.params);
  deals.params.push_back(FilterParam("category", "Only this armament category (Aircraft, Ships, Missiles, ...)"));
  deals.params.push_back(RepeatedParam("search", "Only deals whose designation or description contains TEXT as whole "
                                             "words; repeat the parameter for several (any matches)"));
  deals.examples = {{"supplier=CHN&recipient=PAK&from=2013", "arms deals --supplier CHN --recipient PAK --from 2013"},
                    {"recipient=PAK&search=JF-17&search=Azmat", "arms deals --recipient PAK --search JF-17 --search Azmat"},
                    {"supplier=China&category=ships", "arms deals --supplier China --category ships"}};
  deals.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    ArmsDealsRequest req;
    req.supplier = args.OptionalText("supplier");
    req.recipient = args.OptionalText("recipient");
    req.from = args.Number("from");
    req.to = args.Number("to");
    req.category = args.OptionalText("category");
    req.search = args.List("search");
    return JsonReply(ws, ArmsDeals(ws, req));
  };
  routes.push_back(std::move(deals));
}

}  // namespace entente
