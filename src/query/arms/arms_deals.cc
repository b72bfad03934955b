// Grouping register rows into deals, with filters and text search.
#include "query/arms/arms_deals.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/text.h"
#include "data/sipri_transfers.h"
#include "measures/tiv_totals.h"
#include "query/arms/arms_common.h"

namespace entente {
namespace {

struct Deal {
  const ArmsDelivery* first = nullptr;  // the row giving the deal's fixed fields
  std::set<int> years;
  std::optional<int64_t> delivered = 0;  // missing when a year's number is
  std::optional<double> tiv;             // missing when no year has a value
  std::vector<size_t> terms;             // search terms it matched
};

// "2015-2018", "2017, 2022", "2012, 2014-2015".
std::string YearRuns(const std::set<int>& years) {
  std::vector<std::string> runs;
  for (auto it = years.begin(); it != years.end();) {
    int start = *it, end = *it;
    for (++it; it != years.end() && *it == end + 1; ++it) end = *it;
    runs.push_back(Period{start, end}.ToString());
  }
  return fmt::format("{}", fmt::join(runs, ", "));
}

Cell OptionalYes(const std::optional<bool>& b) { return b ? Cell(std::string(*b ? "yes" : "no")) : Cell(); }

}  // namespace

bool MatchesWords(std::string_view text, std::string_view term) {
  if (term.empty()) return false;
  for (size_t pos = text.find(term); pos != std::string_view::npos; pos = text.find(term, pos + 1)) {
    bool starts = pos == 0 || text[pos - 1] == ' ';
    size_t end = pos + term.size();
    bool ends = end == text.size() || text[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

Result<Answer> ArmsDeals(Workspace& ws, const ArmsDealsRequest& request) {
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  Answer answer;
  answer.command = "arms deals";
  std::optional<ArmsParty> supplier, recipient;
  for (auto [query, party] : {std::pair{&request.supplier, &supplier}, std::pair{&request.recipient, &recipient}}) {
    if (!*query) continue;
    Result<ArmsParty> p = ResolveArmsParty(ws, reg, **query);
    if (!p.ok()) return p.status();
    *party = *p;
  }
  Result<Period> period = ArmsPeriod(reg, request.from, request.to, &answer);
  if (!period.ok()) return period.status();
  std::optional<std::string> category;
  if (request.category) {
    std::set<std::string> known;
    for (const ArmsDelivery& d : reg.deliveries) known.insert(reg.Text(d.category));
    for (const std::string& k : known) {
      if (NormalizeName(k) == NormalizeName(*request.category)) category = k;
    }
    if (!category) {
      return Status::Usage(fmt::format("unknown armament category \"{}\"; SIPRI's categories are: {}",
                                       *request.category, fmt::join(known, ", ")));
    }
  }
  std::vector<std::string> terms;
  for (const std::string& s : request.search) {
    terms.push_back(NormalizeName(s));
    if (terms.back().empty()) return Status::Usage(fmt::format("--search \"{}\" has no letters or digits", s));
  }

  // Each distinct text normalised once, not once per row.
  std::vector<std::string> normalized;
  if (!terms.empty()) {
    normalized.reserve(reg.texts.size());
    for (const std::string& text : reg.texts) normalized.push_back(NormalizeName(text));
  }

  std::map<int64_t, Deal> deals;
  int64_t unvalued = 0;
  for (const ArmsDelivery& d : reg.deliveries) {
    if (!period->Contains(d.year)) continue;
    if (supplier && (!supplier->id || d.supplier != *supplier->id)) continue;
    if (recipient && (!recipient->id || d.recipient != *recipient->id)) continue;
    if (category && reg.Text(d.category) != *category) continue;
    std::vector<size_t> hits;
    if (!terms.empty()) {
      for (size_t i = 0; i < terms.size(); ++i) {
        if (MatchesWords(normalized[d.designation], terms[i]) || MatchesWords(normalized[d.description], terms[i])) {
          hits.push_back(i);
        }
      }
      if (hits.empty()) continue;
    }
    Deal& deal = deals[d.deal_id];
    if (deal.first == nullptr) {
      deal.first = &d;
      deal.terms = hits;
    }
    deal.years.insert(d.year);
    deal.delivered = d.delivered && deal.delivered ? std::optional<int64_t>(*deal.delivered + *d.delivered)
                                                   : std::nullopt;
    if (d.tiv) {
      deal.tiv = RoundTivSum(deal.tiv.value_or(0) + *d.tiv);
    } else {
      ++unvalued;
    }
  }

  std::vector<const Deal*> order;
  for (const auto& [id, deal] : deals) order.push_back(&deal);
  std::stable_sort(order.begin(), order.end(),
                   [](const Deal* a, const Deal* b) { return *a->years.begin() < *b->years.begin(); });

  std::string filters;
  if (supplier) filters += fmt::format("supplier {}; ", supplier->label);
  if (recipient) filters += fmt::format("recipient {}; ", recipient->label);
  if (category) filters += fmt::format("category {}; ", *category);
  if (!request.search.empty()) filters += fmt::format("search \"{}\"; ", fmt::join(request.search, "\" or \""));
  filters += fmt::format("deliveries in {}", period->ToString());
  const std::string absent_why = fmt::format(
      "The trade register lists only deals with at least one delivery in {} (SIPRI register of {}): a deal "
      "signed but with nothing delivered by then is not in it. SIPRI also names weapons its own way "
      "(\"Type-054A\", \"Wing Loong-2\"): try a shorter term, or a word of the description (\"submarine\").",
      reg.years->ToString(), ws.manifest().Find(kSipriDataset)->version);
  if (order.empty()) answer.no_rows = fmt::format("no deal matches ({}). {}", filters, absent_why);

  double total = 0;
  for (const Deal* deal : order) total += deal->tiv.value_or(0);
  total = RoundTivSum(total);
  answer.title = fmt::format("Arms deals: {} ({} deals, {:.2f} TIV)", filters, order.size(), total);
  answer.AddFact("measure", "deals of the SIPRI trade register, deliveries in the period summed over their years");
  answer.AddFact("filters", filters);
  answer.AddFact("deals", static_cast<double>(order.size()), "deals", std::to_string(order.size()), "", filters);
  answer.AddFact("total_tiv", total, "TIV (millions)", fmt::format("{:.2f}", total),
                 "TIV delivered in the period on the deals listed", filters);

  Table& t = answer.AddSection("deals", "Deals");
  t.AddColumn("deal_id");
  AddActorColumns(t, "supplier");
  AddActorColumns(t, "recipient");
  for (const char* c : {"designation", "description", "category", "order_year", "order_year_estimate", "delivered",
                        "delivery_years"}) {
    t.AddColumn(c);
  }
  t.AddColumn("tiv", kTivDecimals);
  t.AddColumn("status");
  t.AddColumn("local_production");
  for (const Deal* deal : order) {
    const ArmsDelivery& d = *deal->first;
    std::vector<Cell> row{d.deal_id};
    AppendActorCells(row, reg.actors[d.supplier]);
    AppendActorCells(row, reg.actors[d.recipient]);
    row.emplace_back(reg.Text(d.designation));
    row.emplace_back(reg.Text(d.description));
    row.emplace_back(reg.Text(d.category));
    row.push_back(d.order_year ? Cell(static_cast<int64_t>(*d.order_year)) : Cell());
    row.push_back(OptionalYes(d.order_year_estimate));
    row.push_back(deal->delivered ? Cell(*deal->delivered) : Cell());
    row.emplace_back(YearRuns(deal->years));
    row.push_back(OptionalCell(deal->tiv));
    row.emplace_back(reg.Text(d.status));
    row.emplace_back(std::string(d.local_production ? "yes" : "no"));
    t.AddRow(std::move(row));
  }

  if (!terms.empty()) {
    Table& s = answer.AddSection("search", "Search terms");
    s.AddColumn("term");
    s.AddColumn("deals");
    s.AddColumn("tiv", kTivDecimals);
    s.AddColumn("designations");
    std::vector<std::string> absent;
    for (size_t i = 0; i < terms.size(); ++i) {
      int64_t n = 0;
      double tiv = 0;
      std::set<std::string> names;
      for (const Deal* deal : order) {
        if (std::find(deal->terms.begin(), deal->terms.end(), i) == deal->terms.end()) continue;
        ++n;
        tiv += deal->tiv.value_or(0);
        names.insert(reg.Text(deal->first->designation));
      }
      s.AddRow({request.search[i], n, n ? Cell(RoundTivSum(tiv)) : Cell(), fmt::format("{}", fmt::join(names, "; "))});
      if (n == 0) absent.push_back(fmt::format("\"{}\"", request.search[i]));
    }
    if (!absent.empty()) {
      answer.notes.push_back(fmt::format("No deal matches {}. {}", fmt::join(absent, ", "), absent_why));
    }
  }
  answer.notes.push_back("delivered is the number of units delivered in the period (missing when SIPRI gives no "
                         "number for a year); tiv is missing when no delivery of the deal has a TIV value.");
  AddArmsProvenance(ws, answer, unvalued);
  return answer;
}

}  // namespace entente
