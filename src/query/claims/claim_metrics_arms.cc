// Claim metrics over SIPRI arms transfers: a supplier's share of a
// recipient's imports and the recipient's share of the supplier's exports
// over a period, TIV delivered, a recipient's total imports, its top
// supplier, and the units or deals the register holds for a searched weapon.
#include <fmt/format.h>

#include "query/arms/arms_deals.h"
#include "query/arms/arms_flow.h"
#include "query/arms/arms_trade.h"
#include "query/claims/claim_metrics.h"

namespace entente {
namespace {

std::vector<ParamSpec> FlowParams() {
  return {{"supplier", "state", true, "the supplier"},
          {"recipient", "state", true, "the recipient"},
          {"from", "year", true, "first year of deliveries"},
          {"to", "year", true, "last year of deliveries"}};
}

Result<Answer> Flow(Workspace& ws, const ClaimParams& p) {
  ArmsFlowRequest req;
  req.supplier = *TextParam(p, "supplier");
  req.recipient = *TextParam(p, "recipient");
  req.from = static_cast<int>(*IntParam(p, "from"));
  req.to = static_cast<int>(*IntParam(p, "to"));
  // One window spanning the whole period gives the pooled shares.
  req.window = *req.to - *req.from + 1;
  if (req.window < 1) return Status::Usage("from is after to");
  return NoRowsAsNotFound(ArmsFlow(ws, req));
}

Result<Measurement> FlowMetric(Workspace& ws, const ClaimParams& p, const std::string& column, bool zero,
                               const std::string& definition) {
  Result<Answer> a = Flow(ws, p);
  return MeasureFromAnswer(a, AnswerPick{"windows", column, {}, zero, false}, definition);
}

std::vector<ParamSpec> ImportParams() {
  return {{"recipient", "state", true, "the recipient"}, {"from", "year", true, ""}, {"to", "year", true, ""}};
}

// The recipient's imports by supplier over the period, largest first.
Result<Answer> ImportsBySupplier(Workspace& ws, const ClaimParams& p) {
  ArmsTradeRequest req;
  req.state = *TextParam(p, "recipient");
  req.from = static_cast<int>(*IntParam(p, "from"));
  req.to = static_cast<int>(*IntParam(p, "to"));
  req.by = TradeBy::kPartner;
  return NoRowsAsNotFound(ArmsTrade(ws, req));
}

std::vector<ParamSpec> DealParams() {
  return {{"supplier", "state", false, "the supplier"},
          {"recipient", "state", false, "the recipient"},
          {"search", "text", true, "words of the designation or description, e.g. \"Type 054A\""},
          {"from", "year", false, "first year of deliveries"},
          {"to", "year", false, "last year of deliveries"}};
}

Result<Answer> Deals(Workspace& ws, const ClaimParams& p) {
  ArmsDealsRequest req;
  req.supplier = TextParam(p, "supplier");
  req.recipient = TextParam(p, "recipient");
  req.search = {*TextParam(p, "search")};
  if (auto f = IntParam(p, "from")) req.from = static_cast<int>(*f);
  if (auto t = IntParam(p, "to")) req.to = static_cast<int>(*t);
  return NoRowsAsNotFound(ArmsDeals(ws, req));
}

// Registers `m` over the SIPRI register with its unit (a text result's kind).
void Add(MetricRegistry& registry, Metric m, const char* unit, bool text = false) {
  m.unit = unit;
  m.text_result = text;
  m.dataset = "sipri_transfers";
  registry.Add(std::move(m));
}

}  // namespace

void RegisterArmsMetrics(MetricRegistry& registry) {
  Add(registry, Metric{"arms.share_of_imports",
                      "The supplier's share of the recipient's arms imports (SIPRI TIV) over the period", FlowParams(),
                      [](Workspace& ws, const ClaimParams& p) {
                        return FlowMetric(ws, p, "share_of_imports", false,
                                          "share of imports: TIV delivered by the supplier / TIV delivered to the "
                                          "recipient by all suppliers, summed over the period");
                      }}, "share of TIV (0 to 1)");
  Add(registry, Metric{"arms.share_of_exports",
                      "The recipient's share of the supplier's arms exports (SIPRI TIV) over the period", FlowParams(),
                      [](Workspace& ws, const ClaimParams& p) {
                        return FlowMetric(ws, p, "share_of_exports", false,
                                          "share of exports: TIV delivered to the recipient / TIV delivered by the "
                                          "supplier to all recipients, summed over the period");
                      }}, "share of TIV (0 to 1)");
  Add(registry, Metric{"arms.tiv", "TIV delivered from the supplier to the recipient over the period (millions)",
                      FlowParams(), [](Workspace& ws, const ClaimParams& p) {
                        return FlowMetric(ws, p, "tiv", true, "SIPRI trend-indicator value delivered, millions");
                      }}, "TIV, millions");
  Add(registry, Metric{"arms.imports_total", "A recipient's total arms imports over the period (SIPRI TIV, millions)",
                      ImportParams(), [](Workspace& ws, const ClaimParams& p) {
                        return MeasureFromAnswer(ImportsBySupplier(ws, p), AnswerPick{"by_supplier", "tiv", {}, true, true},
                                                 "TIV delivered to the recipient by all suppliers, millions");
                      }}, "TIV, millions");
  Add(registry, Metric{"arms.top_supplier", "The recipient's largest supplier over the period (iso3)",
                      ImportParams(), [](Workspace& ws, const ClaimParams& p) {
                        return MeasureFromAnswer(ImportsBySupplier(ws, p),
                                                 AnswerPick{"by_supplier", "supplier_iso3", {}, false, false},
                                                 "supplier with the largest TIV delivered in the period");
                      }}, "iso3", true);
  Add(registry, Metric{"arms.units_delivered", "Units delivered in the register's deals matching the search",
                      DealParams(), [](Workspace& ws, const ClaimParams& p) {
                        // No matching deal is "not checkable", with the register's
                        // reason (undelivered deals are not listed), not 0 units.
                        return MeasureFromAnswer(Deals(ws, p), AnswerPick{"deals", "delivered", {}, false, true},
                                                 "units delivered (SIPRI 'Numbers delivered'), summed over matching deals");
                      }}, "units");
  Add(registry, Metric{"arms.deals", "Number of the register's deals matching the search", DealParams(),
                      [](Workspace& ws, const ClaimParams& p) -> Result<Measurement> {
                        Result<Answer> a = Deals(ws, p);
                        Result<Measurement> m = MeasureFromAnswer(a, AnswerPick{"deals", "deal_id", {}, true, false},
                                                                  "deals in the SIPRI register with a delivery in 1995-2024");
                        if (m.ok() && a.ok()) {
                          for (const auto& s : a->sections) {
                            if (s.name == "deals") m->value = static_cast<double>(s.table.rows.size());
                          }
                        }
                        return m;
                      }}, "deals");
}

}  // namespace entente
