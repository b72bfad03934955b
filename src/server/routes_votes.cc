// The vote routes: a dyad's alignment, a state's partners, comparisons.
#include <fmt/format.h>

#include "measures/vote_measure_registry.h"
#include "query/votes/vote_options.h"
#include "query/votes/votes_compare.h"
#include "query/votes/votes_dyad.h"
#include "query/votes/votes_partners.h"
#include "server/route.h"

namespace entente {
namespace {

std::vector<std::string> Names(const std::map<std::string, VoteGrouping>& names) {
  std::vector<std::string> out;
  for (const auto& [name, _] : names) out.push_back(name);
  return out;
}

// The parameters of `AddVoteOptions` (cli/vote_options.cc), named as its options.
void AddVoteParams(std::vector<RouteParam>& params, bool measures) {
  params.push_back(YearParam("from", "First calendar year of roll calls [default: the first in the data]", 1900));
  params.push_back(YearParam("to", "Last calendar year of roll calls [default: the last in the data]", 1900));
  params.push_back(TextParam("sessions", "General Assembly sessions FIRST-LAST instead of years, e.g. 26-72"));
  params.push_back(FilterParam("issue", "Only roll calls tagged with any of these issues: me, nu, di, co, hr, ec"));
  params.push_back(FlagParam("important", "Only the US State Department's important votes"));
  params.push_back(FlagParam("exclude-amendments", "Leave out votes on amendments"));
  params.push_back(FlagParam("exclude-paragraphs", "Leave out votes on paragraphs"));
  params.push_back(FlagParam("exclude-unanimous", "Leave out roll calls on which every vote cast was the same"));
  params.push_back(FlagParam("yes-no-only", "Count only roll calls where both voted yes or no"));
  params.push_back(FlagParam("squared", "Squared instead of absolute distance in s, kappa and pi"));
  if (measures) {
    params.push_back(ListParam("measure", "Measures to show, comma-separated [default: all]: " + VoteMeasureNames()));
  }
}

VoteOptions VoteOptionsOf(const RouteArgs& args) {
  VoteOptions o;
  o.from = args.Number("from");
  o.to = args.Number("to");
  o.sessions = args.Text("sessions");
  o.issues = args.Text("issue");
  o.important = args.Flag("important");
  o.exclude_amendments = args.Flag("exclude-amendments");
  o.exclude_paragraphs = args.Flag("exclude-paragraphs");
  o.exclude_unanimous = args.Flag("exclude-unanimous");
  o.yes_no_only = args.Flag("yes-no-only");
  o.squared = args.Flag("squared");
  o.measures = args.List("measure");
  return o;
}

VoteGrouping GroupingOf(const RouteArgs& args, VoteGrouping fallback) {
  if (!args.Has("by")) return fallback;
  return VoteGroupingNames().at(args.Text("by"));
}

}  // namespace

void AddVoteRoutes(std::vector<Route>& routes) {
  Route dyad{"GET", "/api/v1/votes", "UN General Assembly voting alignment of two states", "entente votes A B"};
  dyad.params = {TextParam("a", "First state (name, ISO2, ISO3 or COW code)", true), TextParam("b", "Second state", true),
                 ChoiceParam("by", "One row for the whole period, or one per year, session or issue [default: total]",
                             Names(VoteGroupingNames()))};
  AddVoteParams(dyad.params, true);
  dyad.examples = {{"a=PAK&b=CHN", "votes PAK CHN"},
                   {"a=PAK&b=CHN&from=1971&to=2017", "votes PAK CHN --from 1971 --to 2017"},
                   {"a=IND&b=USA&by=year&measure=agree,kappa", "votes IND USA --by year --measure agree,kappa"},
                   {"a=PAK&b=CHN&by=issue&exclude-unanimous=true", "votes PAK CHN --by issue --exclude-unanimous"},
                   {"a=PAK&b=CHN&sessions=26-72&yes-no-only", "votes PAK CHN --sessions 26-72 --yes-no-only"},
                   {"a=CHN&b=USA&from=1960&to=1965", "votes CHN USA --from 1960 --to 1965"}};
  dyad.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    VoteOptions o = VoteOptionsOf(args);
    Result<VoteFilter> f = MakeVoteFilter(o);
    if (!f.ok()) return f.status();
    return JsonReply(ws, QueryVotesDyad(
        ws, VotesDyadRequest{args.Text("a"), args.Text("b"), *f, GroupingOf(args, VoteGrouping::kTotal), o.measures}));
  };
  routes.push_back(std::move(dyad));

  Route partners{"GET", "/api/v1/votes/partners", "With whom a state votes most and least alike",
                 "entente votes partners STATE"};
  partners.params = {TextParam("state", "The state, e.g. PAK", true),
                     ChoiceParam("measure", "The measure to rank by [default: agree]", PartnerMeasureNames()),
                     CountParam("top", "Show the N most alike [default: all partners]"),
                     CountParam("bottom", "Show the N least alike"),
                     CountParam("min-n", "Leave out partners sharing fewer counted roll calls [default: 10]")};
  AddVoteParams(partners.params, false);
  partners.examples = {{"state=PAK", "votes partners PAK"},
                       {"state=PAK&from=1971&to=2017&measure=kappa&top=10&bottom=5",
                        "votes partners PAK --from 1971 --to 2017 --measure kappa --top 10 --bottom 5"},
                       {"state=IND&from=2000&to=2019&measure=ideal_distance",
                        "votes partners IND --from 2000 --to 2019 --measure ideal_distance"}};
  partners.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    Result<VoteFilter> f = MakeVoteFilter(VoteOptionsOf(args));
    if (!f.ok()) return f.status();
    VotesPartnersRequest req{args.Text("state"), *f};
    if (args.Has("measure")) req.measure = args.Text("measure");
    req.top = args.NumberOr("top", 0);
    req.bottom = args.NumberOr("bottom", 0);
    req.min_n = args.NumberOr("min-n", req.min_n);
    return JsonReply(ws, QueryVotesPartners(ws, req));
  };
  routes.push_back(std::move(partners));

  Route compare{"GET", "/api/v1/votes/compare", "One state's alignment with several others, side by side",
                "entente votes compare STATE --with ..."};
  compare.params = {TextParam("state", "The state, e.g. PAK", true),
                    ListParam("with", "The others, comma-separated, e.g. CHN,USA,IND", true),
                    ChoiceParam("by", "total, year, session or issue [default: year]", Names(VoteGroupingNames()))};
  AddVoteParams(compare.params, true);
  compare.examples = {{"state=PAK&with=CHN,USA,IND&by=year&measure=agree",
                       "votes compare PAK --with CHN,USA,IND --by year --measure agree"},
                      {"state=IND&with=USA,CHN&from=1991&by=total", "votes compare IND --with USA,CHN --from 1991 --by total"}};
  compare.run = [](Workspace& ws, const RouteArgs& args, const std::string&) -> Result<Reply> {
    VoteOptions o = VoteOptionsOf(args);
    Result<VoteFilter> f = MakeVoteFilter(o);
    if (!f.ok()) return f.status();
    return JsonReply(ws, QueryVotesCompare(ws, VotesCompareRequest{args.Text("state"), args.List("with"), *f,
                                                               GroupingOf(args, VoteGrouping::kYear), o.measures}));
  };
  routes.push_back(std::move(compare));
}

}  // namespace entente
