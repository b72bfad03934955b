// The routes of power, alliances, forums, conflict, vetoes, nuclear
// cooperation, events and ideal points.
#include <fmt/format.h>

#include "core/event.h"
#include "query/events/events_query.h"
#include "query/ideal/ideal_query.h"
#include "query/power/balance_query.h"
#include "query/power/power_query.h"
#include "query/relations/alliance_query.h"
#include "query/relations/contiguity_query.h"
#include "query/relations/dispute_query.h"
#include "query/relations/igo_query.h"
#include "query/relations/nuclear_query.h"
#include "query/relations/rivalry_query.h"
#include "query/relations/veto_query.h"
#include "server/route.h"

namespace entente {
namespace {

YearFlags YearsOf(const RouteArgs& args) { return YearFlags{args.Number("from"), args.Number("to")}; }

void AddYearParams(std::vector<RouteParam>& params, const std::string& coverage) {
  params.push_back(YearParam("from", "First year [default: the data's first, " + coverage + "]"));
  params.push_back(YearParam("to", "Last year [default: the data's last]"));
}

using DyadQuery = Result<Answer> (*)(Workspace&, const DyadRequest&);

// A route over two states and years, as `entente NAME A B`.
Route DyadRoute(const std::string& name, const std::string& summary, const std::string& coverage, DyadQuery query,
                std::vector<RouteExample> examples) {
  Route r{"GET", "/api/v1/" + name, summary, "entente " + name + " A B"};
  r.params = {TextParam("a", "First state (name, ISO2, ISO3 or COW code)", true), TextParam("b", "Second state", true)};
  AddYearParams(r.params, coverage);
  r.examples = std::move(examples);
  r.run = [query](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    return JsonReply(ws, query(ws, DyadRequest{args.Text("a"), args.Text("b"), YearsOf(args)}));
  };
  return r;
}

std::vector<std::string> CategoryNames() {
  std::vector<std::string> names;
  for (const EventCategoryInfo& c : EventCategories()) names.emplace_back(c.name);
  return names;
}

}  // namespace

void AddRelationRoutes(std::vector<Route>& routes) {
  Route power{"GET", "/api/v1/power", "Two states' material capabilities (COW CINC and components) by year",
              "entente power A B"};
  power.params = {TextParam("a", "First state (name, ISO2, ISO3 or COW code)", true), TextParam("b", "Second state", true)};
  AddYearParams(power.params, "1816-2016");
  power.examples = {{"a=PAK&b=CHN&from=1990", "power PAK CHN --from 1990"},
                    {"a=USA&b=CHN&from=2000&to=2016", "power USA CHN --from 2000 --to 2016"}};
  power.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    return JsonReply(ws, PowerQuery(ws, PowerRequest{args.Text("a"), args.Text("b"), YearsOf(args)}));
  };
  routes.push_back(std::move(power));

  Route balance{"GET", "/api/v1/balance", "Two coalitions' summed capabilities (COW CINC) and the first's share",
                "entente balance COALITION1 COALITION2"};
  balance.params = {TextParam("coalition1", "States joined by '+', e.g. PAK+CHN", true),
                    TextParam("coalition2", "States joined by '+', e.g. IND+USA", true)};
  AddYearParams(balance.params, "1816-2016");
  balance.examples = {{"coalition1=PAK%2BCHN&coalition2=IND%2BUSA&from=1990", "balance PAK+CHN IND+USA --from 1990"}};
  balance.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    return JsonReply(ws, BalanceQuery(ws, BalanceRequest{args.Text("coalition1"), args.Text("coalition2"), YearsOf(args)}));
  };
  routes.push_back(std::move(balance));

  routes.push_back(DyadRoute("alliances", "Years of each ATOP alliance pledge between two states", "1815-2018",
                             &AllianceQuery, {{"a=USA&b=GBR&from=1945", "alliances USA GBR --from 1945"}}));
  routes.push_back(DyadRoute("igo", "Shared intergovernmental organisation memberships of two states by year",
                             "1816-2014", &IgoQuery, {{"a=PAK&b=CHN&from=2000", "igo PAK CHN --from 2000"}}));
  routes.push_back(DyadRoute("rivalry", "Strategic rivalries between two states (Thompson and Dreyer)", "1494-2010",
                             &RivalryQuery,
                             {{"a=IND&b=PAK", "rivalry IND PAK"}, {"a=PAK&b=CHN", "rivalry PAK CHN"}}));
  routes.push_back(DyadRoute("disputes", "Militarised interstate disputes between two states (COW MID)", "1816-2014",
                             &DisputeQuery, {{"a=IND&b=PAK&from=1990", "disputes IND PAK --from 1990"}}));
  routes.push_back(DyadRoute("contiguity", "Direct contiguity of two states (COW): land border or water distance",
                             "1816-2016", &ContiguityQuery, {{"a=PAK&b=CHN", "contiguity PAK CHN"}}));

  Route vetoes{"GET", "/api/v1/vetoes", "Security Council drafts vetoed by the permanent members, with counts",
               "entente vetoes"};
  vetoes.params = {TextParam("by", "Only drafts this state vetoed (name, ISO2, ISO3 or COW code)")};
  AddYearParams(vetoes.params, "1946-2022");
  vetoes.params.push_back(FilterParam("topic", "Only drafts whose agenda item, topic or region contains TEXT"));
  vetoes.examples = {{"by=CHN", "vetoes --by CHN"}, {"by=USA&from=2000", "vetoes --by USA --from 2000"},
                     {"topic=Syria", "vetoes --topic Syria"}};
  vetoes.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    return JsonReply(ws, VetoQuery(ws, VetoRequest{args.OptionalText("by"), YearsOf(args), args.OptionalText("topic")}));
  };
  routes.push_back(std::move(vetoes));

  Route nuclear{"GET", "/api/v1/nuclear", "A state's nuclear power reactors, totals by status, design vendors",
                "entente nuclear A"};
  nuclear.params = {TextParam("state", "The state (name, ISO2, ISO3 or COW code)", true)};
  nuclear.examples = {{"state=PAK", "nuclear PAK"}, {"state=Afghanistan", "nuclear Afghanistan"}};
  nuclear.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    return JsonReply(ws, NuclearQuery(ws, NuclearRequest{args.Text("state")}));
  };
  routes.push_back(std::move(nuclear));

  Route events{"GET", "/api/v1/events", "Dated, sourced events involving a state, or two states, in date order",
               "entente events A [B]"};
  events.params = {TextParam("a", "A state", true), TextParam("b", "A second state: the events involving both"),
                   ChoiceParam("category", "Only events of this category", CategoryNames()),
                   YearParam("from", "First year [default: the record's first]"),
                   YearParam("to", "Last year [default: the record's last]"),
                   FilterParam("search", "Only events whose id, summary, organisations or source contain TEXT")};
  events.examples = {{"a=PAK&b=CHN&from=2013&to=2018", "events PAK CHN --from 2013 --to 2018"},
                     {"a=India&search=kashmir", "events India --search kashmir"}};
  events.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    EventsRequest req;
    req.states.push_back(args.Text("a"));
    if (args.Has("b")) req.states.push_back(args.Text("b"));
    req.category = args.OptionalText("category");
    req.from = args.Number("from");
    req.to = args.Number("to");
    req.search = args.Text("search");
    return JsonReply(ws, QueryEvents(ws, req));
  };
  routes.push_back(std::move(events));

  Route ideal{"GET", "/api/v1/ideal", "Ideal points: where each state stands in the General Assembly, by session",
              "entente ideal"};
  ideal.params = {YearParam("from", "First session, by the year it opened (session = year - 1945)", 1900),
                  YearParam("to", "Last session, by the year it opened", 1900),
                  TextParam("sessions", "General Assembly sessions FIRST-LAST, e.g. 26-72"),
                  FlagParam("dynamic",
                            "Link sessions: a random walk ties each state's positions (fitted to the whole record)"),
                  ListParam("states", "Only these states, comma-separated, e.g. USA,ISR,CUB [default: all]"),
                  NumberParam("bootstrap", fmt::format("Bootstrap replicates for the intervals [default: 0; the "
                                                       "server allows up to {}, the CLI more]",
                                                       kMaxServerBootstrap),
                              0, kMaxServerBootstrap, "a number of replicates"),
                  ChoiceParam("bootstrap_method",
                              "What a replicate draws anew: rollcalls (the roll calls, keeping the votes cast on "
                              "them) or parametric (every vote, from the fitted model) [default: rollcalls]",
                              BootstrapMethodNames()),
                  NumberParam("seed", "Seed of the bootstrap [default: 1]", 0, UINT64_MAX, "a seed")};
  ideal.examples = {{"from=2010&to=2019&states=USA,CHN,PAK,IND", "ideal --from 2010 --to 2019 --states USA,CHN,PAK,IND"},
                    {"sessions=70-72&states=PAK&bootstrap=2&seed=3", "ideal --sessions 70-72 --states PAK --bootstrap 2 --seed 3"}};
  ideal.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    IdealRequest req;
    ENTENTE_RETURN_IF_ERROR(SetIdealRange(args.Number("from"), args.Number("to"), args.Text("sessions"), &req));
    req.dynamic = args.Flag("dynamic");
    req.states = args.List("states");
    req.bootstrap = args.NumberOr("bootstrap", 0);
    req.seed = args.Unsigned("seed").value_or(1);
    if (std::optional<std::string> name = args.OptionalText("bootstrap_method")) {
      Result<IrtResampling> method = ParseBootstrapMethod(*name);
      if (!method.ok()) return method.status();
      req.resampling = *method;
    }
    return JsonReply(ws, QueryIdeal(ws, req));
  };
  routes.push_back(std::move(ideal));
}

}  // namespace entente
