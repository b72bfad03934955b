// Building the dyad-year panel: the frame year by year, each source's cells
// beside it, rows streamed out; the two largest datasets read on threads of
// their own while the others load.
#include "query/panel/panel_query.h"

#include <algorithm>
#include <future>
#include <map>

#include <fmt/format.h>

#include "data/atop_alliance.h"
#include "data/cow_igo.h"

namespace entente {
namespace {

constexpr char kStatesDataset[] = "cow_states";
// The keys under which the queries and sources keep COW IGO and ATOP in the workspace.
constexpr char kIgoDataset[] = "cow_igo";
constexpr char kAtopDataset[] = "atop_alliance";

// "1815-2018", or "every year" for a source without yearly coverage.
std::string CoverageText(const std::optional<Period>& coverage) {
  return coverage ? coverage->ToString() : "every year (by the data's own dates)";
}

// "igo: data cover 1816-2014; its columns are empty in 2015-2016", or "" when
// the source covers every year of the panel.
std::string OutsideCoverageNote(const std::string& name, const Period& panel, const std::optional<Period>& coverage) {
  if (!coverage || (coverage->from <= panel.from && panel.to <= coverage->to)) return "";
  std::vector<std::string> empty;
  if (!panel.Overlaps(*coverage)) {
    empty.push_back(panel.ToString());
  } else {
    if (panel.from < coverage->from) empty.push_back(Period{panel.from, coverage->from - 1}.ToString());
    if (panel.to > coverage->to) empty.push_back(Period{coverage->to + 1, panel.to}.ToString());
  }
  return fmt::format("{}: data cover {}; its columns are empty in {}", name, coverage->ToString(),
                     fmt::join(empty, " and "));
}

// Starts reading dataset `id` with `load` on a thread of its own into
// `*future`, unless the workspace holds it already (then `*future` stays
// invalid). The path is checked here, on the calling thread.
template <typename T, typename Load>
Status ReadAhead(Workspace& ws, const char* id, std::future<Result<T>>* future, Load load) {
  if (ws.Recall<T>(id)) return Status::Ok();
  auto path = ws.DatasetPath(id);
  if (!path.ok()) return path.status();
  *future = std::async(std::launch::async, [p = *path, load] { return load(p); });
  return Status::Ok();
}

// Waits for a dataset ReadAhead started and keeps it in the workspace under
// `id`, where its source's LoadOnce finds it.
template <typename T>
Status Collect(Workspace& ws, const char* id, std::future<Result<T>>& future) {
  if (!future.valid()) return Status::Ok();
  Result<T> rows = future.get();
  if (!rows.ok()) return rows.status();
  ws.Remember<T>(id, std::make_shared<const T>(std::move(*rows)));
  return Status::Ok();
}

}  // namespace

Result<PanelQuery> PanelQuery::Prepare(Workspace& ws, const PanelRequest& req) {
  PanelQuery q;
  q.request_ = req;
  if (req.years.from && req.years.to && *req.years.from > *req.years.to) {
    return Status::Usage(fmt::format("panel: --from {} is after --to {}", *req.years.from, *req.years.to));
  }
  if (req.both && req.states.size() < 2) {
    return Status::Usage("panel: --both keeps dyads of two listed states; give at least two with --states");
  }
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  q.registry_ = *reg;
  for (const std::string& s : req.states) {
    Result<const Country*> c = ws.ResolveCountry(s);
    if (!c.ok()) return c.status();
    q.chosen_.insert((*c)->ccode);
  }
  auto path = ws.DatasetPath(kStatesDataset);
  if (!path.ok()) return path.status();
  auto spells = ws.LoadOnce<std::vector<MembershipSpell>>("cow_states_spells", [&] { return LoadCowStates(*path); });
  if (!spells.ok()) return spells.status();
  q.spells_ = *spells;

  const Period system = ManifestYears(ws, kStatesDataset).value_or(Period{1816, 2016});
  const Period asked = AskedYears(req.years.from, req.years.to, system);
  q.years_ = asked.Intersect(system);

  Answer& h = q.header_;
  h.command = "panel";
  h.title = fmt::format("{} dyad-years of the COW state system, {}", req.directed ? "Directed" : "Undirected",
                        q.years_ ? q.years_->ToString() : asked.ToString());
  h.AddFact("rows", req.directed ? "one per ordered pair of states (both orders) and year in which both were "
                                   "members of the state system on a common day"
                                 : "one per pair of states (ccode1 < ccode2) and year in which both were members "
                                   "of the state system on a common day");
  h.AddFact("period", q.years_ ? q.years_->ToString() : "none");
  if (!q.chosen_.empty()) {
    std::vector<std::string> labels;
    for (CowCode c : q.chosen_) labels.push_back((*reg)->Find(c)->Label());
    h.AddFact("states", fmt::format("{} {}", req.both ? "dyads of two of" : "dyads with at least one of",
                                    fmt::join(labels, ", ")));
  }
  if (!q.years_) {
    h.notes.push_back(fmt::format("the COW state system covers {}; {} is outside it, so the panel has no rows",
                                  system.ToString(), asked.ToString()));
    q.warnings_.push_back(h.notes.back());
  } else if (asked.from < system.from || asked.to > system.to) {
    h.notes.push_back(fmt::format("the COW state system covers {}: the panel is cut to {}", system.ToString(),
                                  q.years_->ToString()));
  }
  h.UseDataset(ws.Ref(kStatesDataset));
  h.UseDataset(ws.Ref("codelist"));

  Table& t = h.AddSection("dyad_years", "Dyad-years");
  for (const char* c : {"ccode1", "ccode2", "year", "gwcode1", "gwcode2"}) t.AddColumn(c, 0);
  if (req.iso) {
    t.AddColumn("iso3_1", 0);
    t.AddColumn("iso3_2", 0);
    t.AddColumn("stateabb1", 0);
    t.AddColumn("stateabb2", 0);
  }
  const std::vector<std::string>& names = req.sources.empty() ? DefaultPanelSources() : req.sources;
  const PanelLayout layout{req.directed, q.years_};
  // Sources keep the order of PanelSourceNames(), whatever order --with gave.
  for (const std::string& name : names) {
    if (std::find(PanelSourceNames().begin(), PanelSourceNames().end(), name) == PanelSourceNames().end()) {
      return Status::Usage(fmt::format("panel: unknown source \"{}\"; the sources are {}", name,
                                       fmt::join(PanelSourceNames(), ", ")));
    }
  }
  std::vector<std::string> chosen;  // in the order of PanelSourceNames()
  for (const std::string& name : PanelSourceNames()) {
    if (std::find(names.begin(), names.end(), name) != names.end()) chosen.push_back(name);
  }
  // COW IGO (917,000 rows) and ATOP (273,000) take longest to read: read each on a thread of its own while the
  // other sources open, and open those two last.
  std::future<Result<std::vector<IgoDyadYear>>> igo;
  std::future<Result<std::vector<AtopDyadYear>>> atop;
  auto chose = [&](const char* name) { return std::find(chosen.begin(), chosen.end(), name) != chosen.end(); };
  if (chose("igo")) {
    Status read = ReadAhead<std::vector<IgoDyadYear>>(ws, kIgoDataset, &igo, [](const std::filesystem::path& p) {
      return LoadCowIgo(p);
    });
    if (!read.ok()) return read;
  }
  if (chose("atop")) {
    Status read = ReadAhead<std::vector<AtopDyadYear>>(ws, kAtopDataset, &atop,
                                                       [](const std::filesystem::path& p) {
                                                         return LoadAtopAlliance(p);
                                                       });
    if (!read.ok()) return read;
  }
  std::vector<std::string> open_order;
  for (const std::string& name : chosen) {
    if (name != "igo" && name != "atop") open_order.push_back(name);
  }
  if (chose("atop")) open_order.push_back("atop");
  if (chose("igo")) open_order.push_back("igo");
  const size_t workers = std::max<size_t>(req.workers, 1);
  std::map<std::string, std::vector<PanelSourcePtr>> opened;
  for (const std::string& name : open_order) {
    if (name == "igo") ENTENTE_RETURN_IF_ERROR(Collect(ws, kIgoDataset, igo));
    if (name == "atop") ENTENTE_RETURN_IF_ERROR(Collect(ws, kAtopDataset, atop));
    for (size_t w = 0; w < workers; ++w) {
      Result<PanelSourcePtr> source = OpenPanelSource(ws, name, layout);
      if (!source.ok()) return source.status();
      opened[name].push_back(std::move(*source));
    }
  }
  q.sources_.resize(workers);
  for (const std::string& name : chosen) {
    for (size_t w = 0; w < workers; ++w) q.sources_[w].push_back(std::move(opened[name][w]));
    const PanelSourceInfo& info = q.sources_[0].back()->info();
    for (const std::string& c : info.columns) {
      t.columns[t.AddColumn(c, 4)].datasets = info.datasets;
      t.columns.back().coverage = CoverageText(info.coverage);
    }
    std::vector<std::string> refs;
    for (const std::string& id : info.datasets) {
      DatasetRef ref = ws.Ref(id);
      refs.push_back(fmt::format("{} {}", ref.id, ref.version));
      h.UseDataset(ref);
    }
    h.AddFact("source " + name, fmt::format("{} [{}; coverage {}]. {}", fmt::join(info.columns, ", "),
                                            fmt::join(refs, ", "), CoverageText(info.coverage), info.rule));
    if (q.years_) {
      std::string note = OutsideCoverageNote(name, *q.years_, info.coverage);
      if (!note.empty()) h.notes.push_back(note);
      // A source with no year in the panel is worth saying even where the notes are not written (CSV on stdout).
      if (info.coverage && !q.years_->Overlaps(*info.coverage)) q.warnings_.push_back(note);
    }
    for (const std::string& note : q.sources_[0].back()->notes()) h.notes.push_back(note);
  }
  h.notes.push_back("missing is not zero: outside a source's years its columns are empty; inside them a dyad "
                    "without a record has 0 (no pledge, shared IGO, rivalry, dispute or delivery)");
  return q;
}

void PanelQuery::Run(const PanelRowCallback& row, const std::function<void(int)>& year_done) {
  if (!years_) return;
  for (int y = years_->from; y <= years_->to; ++y) {
    if (!RunYear(0, y, row)) return;
    if (year_done) year_done(y);
  }
}

bool PanelQuery::RunYear(size_t worker, int y, const PanelRowCallback& row) {
  if (!years_ || !years_->Contains(y)) return true;
  const bool directed = request_.directed;
  std::vector<PanelSourcePtr>& sources = sources_[worker];
  FrameYear fy = BuildFrameYear(*spells_, y);
  const size_t n = fy.states.size();
  std::vector<bool> covered;
  for (const PanelSourcePtr& s : sources) {
    const auto& c = s->info().coverage;
    covered.push_back(!c || c->Contains(y));
    if (covered.back()) s->StartYear(fy);
  }
  std::vector<Cell> gw, iso, abb;
  std::vector<bool> chosen(n, chosen_.empty());
  for (size_t i = 0; i < n; ++i) {
    // The codes of the year (345 is YUG in 1995, SRB in 2010), as issue 17 defines identity.
    const CountryIdentity* id = registry_->IdentityIn(fy.states[i], y);
    gw.push_back(id != nullptr && id->gw_code != 0 ? Cell(int64_t{id->gw_code}) : Cell());
    iso.push_back(id != nullptr && !id->iso3.empty() ? Cell(id->iso3) : Cell());
    abb.push_back(id != nullptr && !id->cow_letters.empty() ? Cell(id->cow_letters) : Cell());
    if (chosen_.count(fy.states[i]) != 0) chosen[i] = true;
  }
  std::vector<Cell> cells;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = directed ? 0 : i + 1; j < n; ++j) {
      if (i == j) continue;
      if (!chosen_.empty() && (request_.both ? !(chosen[i] && chosen[j]) : !(chosen[i] || chosen[j]))) continue;
      if (!fy.CommonDay(i, j)) continue;
      cells.clear();
      cells.emplace_back(int64_t{fy.states[i].value});
      cells.emplace_back(int64_t{fy.states[j].value});
      cells.emplace_back(int64_t{y});
      cells.push_back(gw[i]);
      cells.push_back(gw[j]);
      if (request_.iso) {
        cells.push_back(iso[i]);
        cells.push_back(iso[j]);
        cells.push_back(abb[i]);
        cells.push_back(abb[j]);
      }
      for (size_t k = 0; k < sources.size(); ++k) {
        if (covered[k]) {
          sources[k]->AppendDyad(i, j, cells);
        } else {
          cells.resize(cells.size() + sources[k]->info().columns.size());
        }
      }
      if (!row(cells)) return false;
    }
  }
  return true;
}

}  // namespace entente
