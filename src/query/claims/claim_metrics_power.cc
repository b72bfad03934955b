// Claim metrics over COW capabilities: a state's CINC in a year, the CINC
// ratio of two states, and the first coalition's share of two coalitions'
// combined CINC (e.g. Pakistan+China against India+United States).
#include <fmt/format.h>

#include "query/claims/claim_metrics.h"
#include "query/power/balance_query.h"
#include "query/power/power_query.h"

namespace entente {

namespace {

// power.cinc_ratio and power.cinc_share read the same answer: one dyad, one year.
Result<Measurement> DyadYearCinc(Workspace& ws, const ClaimParams& p, const char* column, const char* definition) {
  PowerRequest req;
  req.a = *TextParam(p, "a");
  req.b = *TextParam(p, "b");
  int year = static_cast<int>(*IntParam(p, "year"));
  req.years = YearFlags{year, year};
  return MeasureFromAnswer(PowerQuery(ws, req), AnswerPick{"balance", column, {}, false, false}, definition);
}

// Each state of a coalition ("PAK+CHN") must resolve, checked before
// anything is measured.
Status CheckCoalitions(Workspace& ws, const ClaimParams& p, std::vector<ParamProblem>* problems) {
  for (const char* name : {"coalition1", "coalition2"}) {
    std::optional<std::string> text = TextParam(p, name);
    if (!text) continue;
    Result<std::vector<const Country*>> members = ResolveCoalition(ws, *text);
    if (members.ok()) continue;
    if (members.status().code() != Status::Code::kUsage && members.status().code() != Status::Code::kNotFound) {
      return members.status();
    }
    problems->push_back({name, members.status().message()});
  }
  return Status::Ok();
}

const std::vector<ParamSpec> kDyadYearParams = {{"a", "state", true, ""}, {"b", "state", true, ""}, {"year", "year", true, ""}};

}  // namespace

void RegisterPowerMetrics(MetricRegistry& registry) {
  Metric& ratio = registry.Add(Metric{"power.cinc_ratio", "CINC of a divided by CINC of b in one year (COW NMC)", kDyadYearParams,
                      [](Workspace& ws, const ClaimParams& p) {
                        return DyadYearCinc(ws, p, "cinc_ratio",
                                            "CINC ratio: composite index of national capability of a / of b");
                      }});
  ratio.unit = "ratio of CINC";
  ratio.dataset = "cow_nmc";
  Metric& share = registry.Add(Metric{"power.cinc_share", "a's share of the pair's combined CINC in one year (COW NMC)", kDyadYearParams,
                      [](Workspace& ws, const ClaimParams& p) {
                        return DyadYearCinc(ws, p, "cinc_share1", "CINC share: CINC of a / (CINC of a + CINC of b)");
                      }});
  share.unit = "share of CINC (0 to 1)";
  share.dataset = "cow_nmc";
  Metric& coalition = registry.Add(Metric{"power.coalition_share",
                      "The first coalition's share of two coalitions' combined CINC in one year (COW NMC)",
                      {{"coalition1", "text", true, "states joined by '+', e.g. \"PAK+CHN\""},
                       {"coalition2", "text", true, "e.g. \"IND+USA\""},
                       {"year", "year", true, ""}},
                      [](Workspace& ws, const ClaimParams& p) {
                        BalanceRequest req;
                        req.coalition1 = *TextParam(p, "coalition1");
                        req.coalition2 = *TextParam(p, "coalition2");
                        int year = static_cast<int>(*IntParam(p, "year"));
                        req.years = YearFlags{year, year};
                        return MeasureFromAnswer(BalanceQuery(ws, req), AnswerPick{"balance", "cinc_share1", {}, false, false},
                                                 "coalition share: summed CINC of coalition 1 / summed CINC of both");
                      }});
  coalition.unit = "share of CINC (0 to 1)";
  coalition.dataset = "cow_nmc";
  coalition.check = CheckCoalitions;
}

}  // namespace entente
