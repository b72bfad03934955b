// Building the state-year panel from the datasets the dyad-year panel reads.
#include "query/panel/state_year_query.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "data/atop_alliance.h"
#include "data/cow_majors.h"
#include "data/cow_mid.h"
#include "data/cow_nmc.h"
#include "data/td_rivalries.h"
#include "measures/herfindahl.h"
#include "measures/tiv_totals.h"
#include "query/arms/arms_common.h"
#include "query/ideal/ideal_dyad.h"
#include "query/ideal/ideal_query.h"
#include "query/panel/panel_frame.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {

using StateYearKey = std::pair<int, int>;  // ccode, year

// A state's arms trade in one year.
struct ArmsYear {
  double imports = 0;
  double exports = 0;
  std::optional<int> top_supplier;  // COW code; nullopt when none or not a state
  std::optional<double> hhi;        // of the suppliers' shares of its imports
};

struct StateYearTables {
  std::shared_ptr<const std::vector<MembershipSpell>> spells;
  const CountryRegistry* registry = nullptr;
  std::shared_ptr<const NmcTable> nmc;
  std::shared_ptr<const MajorPowers> majors;
  std::shared_ptr<const VoteMatrix> votes;
  std::map<StateYearKey, ArmsYear> arms;
  std::map<StateYearKey, int64_t> partners, disputes, rivals;
  std::map<StateYearKey, double> ideal;  // mean over the year's sessions with a position
  Period nmc_years, majors_years, votes_years, arms_years, atop_years, mid_years, rivalry_years;
};

namespace {

// Roll calls in positions [begin, end) on which member m voted.
int64_t VotesCast(const VoteMatrix& m, size_t member, size_t begin, size_t end) {
  int64_t n = 0;
  for (VoteChoice c : {VoteChoice::kYes, VoteChoice::kAbstain, VoteChoice::kNo}) {
    const uint64_t* bits = m.Bits(member, c);
    for (size_t i = begin; i < end; ++i) n += (bits[i / 64] >> (i % 64)) & 1;
  }
  return n;
}

Status LoadArms(Workspace& ws, StateYearTables* t) {
  Result<std::shared_ptr<const ArmsRegister>> loaded = LoadArmsRegister(ws);
  if (!loaded.ok()) return loaded.status();
  const ArmsRegister& reg = **loaded;
  const Period years = t->arms_years;
  for (ActorId a = 0; a < reg.actors.size(); ++a) {
    if (!reg.actors[a].is_state()) continue;
    const int ccode = reg.actors[a].country->ccode.value;
    std::vector<double> exports = TivByYear(reg, TivFilter{a, std::nullopt, years});
    std::map<ActorId, std::vector<double>> from = TivByActorYear(reg, TivFilter{std::nullopt, a, years},
                                                                 TradeSide::kSupplier);
    for (int y = years.from; y <= years.to; ++y) {
      const size_t k = static_cast<size_t>(y - years.from);
      ArmsYear ay;
      ay.exports = exports[k];
      std::vector<double> volumes;
      double top = 0;
      for (const auto& [s, by_year] : from) {
        if (by_year[k] <= 0) continue;
        volumes.push_back(by_year[k]);
        ay.imports += by_year[k];
        if (by_year[k] > top) {
          top = by_year[k];
          ay.top_supplier = reg.actors[s].is_state() ? std::optional<int>(reg.actors[s].country->ccode.value)
                                                     : std::nullopt;
        }
      }
      ay.imports = RoundTivSum(ay.imports);
      ay.hhi = HerfindahlIndex(volumes);
      if (ay.imports > 0 || ay.exports > 0) t->arms[{ccode, y}] = ay;
    }
  }
  return Status::Ok();
}

// Each state's static ideal point per year: the mean over the sessions of the
// year's roll calls in which it has a position (as the dyad panel's ideal1).
Status LoadIdeal(Workspace& ws, StateYearTables* t) {
  const VoteMatrix& m = *t->votes;
  if (m.roll_call_count() == 0) return Status::Ok();
  const int last_session = m.roll_call(m.roll_call_count() - 1).session;
  Result<std::shared_ptr<const IdealEstimates>> fit = StaticIdealFit(ws, last_session);
  if (!fit.ok()) return fit.status();
  const IdealEstimates* est = fit->get();
  if (est == nullptr) return Status::Ok();
  std::map<int, size_t> by_session;
  for (size_t s = 0; s < est->data.sessions.size(); ++s) by_session[est->data.sessions[s].session] = s;
  for (int y = m.first_year(); y <= m.last_year(); ++y) {
    std::set<int> sessions;
    auto [begin, end] = m.YearRange(y);
    for (size_t i = begin; i < end; ++i) sessions.insert(m.roll_call(i).session);
    std::map<int, std::pair<double, int>> sums;  // ccode -> sum, count
    for (int session : sessions) {
      auto it = by_session.find(session);
      if (it == by_session.end()) continue;
      const IrtSession& ses = est->data.sessions[it->second];
      for (size_t u = 0; u < ses.state.size(); ++u) {
        auto& [sum, n] = sums[ses.state[u]];
        sum += est->ideal[it->second][u];
        ++n;
      }
    }
    for (const auto& [c, sn] : sums) t->ideal[{c, y}] = sn.first / sn.second;
  }
  return Status::Ok();
}

Period Years(const Workspace& ws, std::string_view id, Period fallback) {
  return ManifestYears(ws, id).value_or(fallback);
}

}  // namespace

Result<StateYearQuery> StateYearQuery::Prepare(Workspace& ws, const PanelRequest& req) {
  StateYearQuery q;
  q.request_ = req;
  if (req.years.from && req.years.to && *req.years.from > *req.years.to) {
    return Status::Usage(fmt::format("panel: --from {} is after --to {}", *req.years.from, *req.years.to));
  }
  auto t = std::make_shared<StateYearTables>();
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  t->registry = *reg;
  std::set<int> chosen;
  for (const std::string& s : req.states) {
    Result<const Country*> c = ws.ResolveCountry(s);
    if (!c.ok()) return c.status();
    chosen.insert((*c)->ccode.value);
  }
  auto states_path = ws.DatasetPath("cow_states");
  if (!states_path.ok()) return states_path.status();
  auto spells = ws.LoadOnce<std::vector<MembershipSpell>>("cow_states_spells",
                                                          [&] { return LoadCowStates(*states_path); });
  if (!spells.ok()) return spells.status();
  t->spells = *spells;
  const Period system = Years(ws, "cow_states", Period{1816, 2016});
  const Period asked = AskedYears(req.years.from, req.years.to, system);
  q.years_ = asked.Intersect(system);

  auto nmc_path = ws.DatasetPath("cow_nmc");
  if (!nmc_path.ok()) return nmc_path.status();
  auto nmc = ws.LoadOnce<NmcTable>("cow_nmc", [&] { return LoadCowNmc(*nmc_path); });
  if (!nmc.ok()) return nmc.status();
  t->nmc = *nmc;
  auto majors_path = ws.DatasetPath("cow_majors");
  if (!majors_path.ok()) return majors_path.status();
  auto majors = ws.LoadOnce<MajorPowers>("cow_majors", [&] { return LoadCowMajors(*majors_path); });
  if (!majors.ok()) return majors.status();
  t->majors = *majors;
  auto votes = OpenVoteMatrix(ws);
  if (!votes.ok()) return votes.status();
  t->votes = *votes;
  t->nmc_years = Years(ws, "cow_nmc", system);
  t->majors_years = Years(ws, "cow_majors", system);
  t->votes_years = Period{(*votes)->first_year(), (*votes)->last_year()};
  t->arms_years = Years(ws, kSipriDataset, Period{1995, 2025});
  t->atop_years = Years(ws, "atop_alliance", Period{1815, 2018});
  t->mid_years = Years(ws, "cow_mid", Period{1816, 2014});
  t->rivalry_years = Years(ws, "td_rivalries", Period{1494, 2010});
  ENTENTE_RETURN_IF_ERROR(LoadArms(ws, t.get()));
  ENTENTE_RETURN_IF_ERROR(LoadIdeal(ws, t.get()));

  auto atop_path = ws.DatasetPath("atop_alliance");
  if (!atop_path.ok()) return atop_path.status();
  auto atop = ws.LoadOnce<std::vector<AtopDyadYear>>("atop_alliance", [&] { return LoadAtopAlliance(*atop_path); });
  if (!atop.ok()) return atop.status();
  std::set<std::tuple<int, int, int>> allied;  // ccode, year, partner
  for (const AtopDyadYear& r : **atop) {
    if (std::none_of(r.pledges.begin(), r.pledges.end(), [](bool b) { return b; })) continue;
    allied.insert({r.ccode1.value, r.year, r.ccode2.value});
    allied.insert({r.ccode2.value, r.year, r.ccode1.value});
  }
  for (const auto& [c, y, partner] : allied) ++t->partners[{c, y}];
  auto mid_path = ws.DatasetPath("cow_mid");
  if (!mid_path.ok()) return mid_path.status();
  auto mids = ws.LoadOnce<std::vector<MidDyadYear>>("cow_mid", [&] { return LoadCowMid(*mid_path); });
  if (!mids.ok()) return mids.status();
  std::set<std::tuple<int, int, int>> in_dispute;  // ccode, year, dispnum
  for (const MidDyadYear& r : **mids) in_dispute.insert({r.ccode1.value, r.year, r.dispnum});
  for (const auto& [c, y, d] : in_dispute) ++t->disputes[{c, y}];
  auto td_path = ws.DatasetPath("td_rivalries");
  if (!td_path.ok()) return td_path.status();
  auto rivalries = ws.LoadOnce<std::vector<Rivalry>>("td_rivalries", [&] { return LoadTdRivalries(*td_path); });
  if (!rivalries.ok()) return rivalries.status();
  for (const Rivalry& r : **rivalries) {
    for (int y = r.start_year; y <= r.end_year; ++y) {
      ++t->rivals[{r.ccode1.value, y}];
      ++t->rivals[{r.ccode2.value, y}];
    }
  }

  Answer& h = q.header_;
  h.command = "panel";
  h.title = fmt::format("State-years of the COW state system, {}", q.years_ ? q.years_->ToString() : asked.ToString());
  h.AddFact("rows", "one per state and year in which it was a member of the state system on at least one day");
  h.AddFact("period", q.years_ ? q.years_->ToString() : "none");
  if (!q.years_) {
    h.notes.push_back(fmt::format("the COW state system covers {}; {} is outside it, so the panel has no rows",
                                  system.ToString(), asked.ToString()));
  }
  h.notes.push_back("missing is not zero: outside a dataset's years its columns are empty; inside them a state "
                    "without a record has 0 (no vote, delivery, alliance, dispute or rival)");
  for (const char* id : {"cow_states", "codelist", "cow_nmc", "cow_majors", "un_votes", "un_roll_calls",
                         kSipriDataset, "atop_alliance", "cow_mid", "td_rivalries"}) {
    h.UseDataset(ws.Ref(id));
  }
  Table& tab = h.AddSection("state_years", "State-years");
  for (const char* c : {"ccode", "year", "gwcode"}) tab.AddColumn(c, 0);
  if (req.iso) {
    tab.AddColumn("iso3", 0);
    tab.AddColumn("stateabb", 0);
  }
  for (const char* c : {"cowmaj", "cinc", "milex", "milper", "irst", "pec", "tpop", "upop", "un_votes", "ideal",
                        "tiv_imports", "tiv_exports", "top_supplier_ccode", "supplier_hhi", "atop_partners",
                        "cowmid_disputes", "tdrivals"}) {
    tab.AddColumn(c, 4);
  }
  h.AddFact("columns", fmt::format(
                           "cowmaj and cinc to upop (COW NMC, {}); un_votes: roll calls the state voted on, ideal: "
                           "its static ideal point over the year's sessions ({}); "
                           "tiv_imports, tiv_exports, top_supplier_ccode, supplier_hhi (SIPRI, {}); "
                           "atop_partners: states with any ATOP pledge either way ({}); cowmid_disputes ({}); "
                           "tdrivals: strategic rivalries ({})",
                           t->nmc_years.ToString(), t->votes_years.ToString(), t->arms_years.ToString(),
                           t->atop_years.ToString(), t->mid_years.ToString(), t->rivalry_years.ToString()));
  q.chosen_ = std::move(chosen);
  q.tables_ = std::move(t);
  return q;
}

void StateYearQuery::Run(const PanelRowCallback& row, const std::function<void(int)>& year_done) const {
  if (!years_) return;
  const StateYearTables& t = *tables_;
  auto count = [](const std::map<StateYearKey, int64_t>& m, StateYearKey k, const Period& cover) {
    if (!cover.Contains(k.second)) return Cell();
    auto it = m.find(k);
    return Cell(it == m.end() ? int64_t{0} : it->second);
  };
  std::vector<Cell> cells;
  for (int y = years_->from; y <= years_->to; ++y) {
    FrameYear fy = BuildFrameYear(*t.spells, y);
    auto [begin, end] = t.votes->YearRange(y);
    for (CowCode c : fy.states) {
      if (!chosen_.empty() && chosen_.count(c.value) == 0) continue;
      // The codes of the year (345 is YUG in 1995, SRB in 2010).
      const CountryIdentity* id = t.registry->IdentityIn(c, y);
      cells.clear();
      cells.emplace_back(int64_t{c.value});
      cells.emplace_back(int64_t{y});
      cells.push_back(id != nullptr && id->gw_code != 0 ? Cell(int64_t{id->gw_code}) : Cell());
      if (request_.iso) {
        cells.push_back(id != nullptr && !id->iso3.empty() ? Cell(id->iso3) : Cell());
        cells.push_back(id != nullptr && !id->cow_letters.empty() ? Cell(id->cow_letters) : Cell());
      }
      cells.push_back(t.majors_years.Contains(y) ? Cell(int64_t{t.majors->IsMajor(c, y)}) : Cell());
      const NmcRecord* n = t.nmc_years.Contains(y) ? t.nmc->Find(c, y) : nullptr;
      for (auto field : {&NmcRecord::cinc, &NmcRecord::milex, &NmcRecord::milper, &NmcRecord::irst, &NmcRecord::pec,
                         &NmcRecord::tpop, &NmcRecord::upop}) {
        cells.push_back(n == nullptr ? Cell() : OptionalCell(n->*field));
      }
      if (t.votes_years.Contains(y)) {
        std::optional<size_t> m = t.votes->MemberIndex(c);
        cells.emplace_back(m ? VotesCast(*t.votes, *m, begin, end) : int64_t{0});
        auto ideal = t.ideal.find({c.value, y});
        cells.push_back(ideal == t.ideal.end() ? Cell() : Cell(ideal->second));
      } else {
        cells.resize(cells.size() + 2);
      }
      if (t.arms_years.Contains(y)) {
        auto it = t.arms.find({c.value, y});
        const ArmsYear none;
        const ArmsYear& a = it == t.arms.end() ? none : it->second;
        cells.emplace_back(a.imports);
        cells.emplace_back(a.exports);
        cells.push_back(a.top_supplier ? Cell(int64_t{*a.top_supplier}) : Cell());
        cells.push_back(OptionalCell(a.hhi));
      } else {
        cells.resize(cells.size() + 4);
      }
      cells.push_back(count(t.partners, {c.value, y}, t.atop_years));
      cells.push_back(count(t.disputes, {c.value, y}, t.mid_years));
      cells.push_back(count(t.rivals, {c.value, y}, t.rivalry_years));
      if (!row(cells)) return;
    }
    if (year_done) year_done(y);
  }
}

}  // namespace entente
