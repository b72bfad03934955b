// `entente panel`: the dyad-year panel of the COW state system with the
// columns of every source, streamed as tidy CSV (or JSON, or a table).
#include <algorithm>
#include <condition_variable>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "cli/validators.h"
#include "cli/year_options.h"
#include "output/csv_row_formatter.h"
#include "query/panel/panel_query.h"
#include "query/panel/state_year_query.h"

namespace entente {
namespace {

enum class PanelUnit { kDyadYear, kStateYear };

const std::map<std::string, PanelUnit> kUnits = {{"dyad-year", PanelUnit::kDyadYear},
                                                  {"state-year", PanelUnit::kStateYear}};

struct PanelOptions {
  PanelUnit unit = PanelUnit::kDyadYear;
  bool undirected = false;
  bool directed = false;
  PanelRequest request;
};

// Threads that build and format the panel's years: as many as the machine
// has cores, up to kMaxWorkers.
constexpr size_t kMaxWorkers = 4;

size_t PanelWorkers() { return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, kMaxWorkers); }

// Writes every year of the panel as CSV with q's workers: worker w builds and
// formats years from + w, from + w + workers, ..., and each year's text is
// handed to `out` in year order, so the output is the sequential one and at
// most one year per worker is held in memory. Stops when stdout closes.
void WriteCsvInParallel(PanelQuery& q, size_t workers, RowStream& out, bool to_stdout) {
  const Period years = *q.years();
  ProgressBar bar("panel");
  std::mutex mu;
  std::condition_variable turn;
  int next = years.from;
  bool stop = false;
  auto work = [&](size_t w) {
    CsvRowFormatter formatter;
    fmt::memory_buffer text;
    for (int y = years.from + static_cast<int>(w); y <= years.to; y += static_cast<int>(workers)) {
      text.clear();
      q.RunYear(w, y, [&](const std::vector<Cell>& row) {
        formatter.Append(row, text);
        return true;
      });
      std::unique_lock lock(mu);
      turn.wait(lock, [&] { return next == y || stop; });
      if (stop) return;
      out.WriteCsvLines(std::string_view(text.data(), text.size()));
      if (to_stdout && !std::cout) stop = true;
      bar.Update(static_cast<double>(y - years.from + 1) / (years.to - years.from + 1));
      ++next;
      turn.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (size_t w = 0; w < workers; ++w) threads.emplace_back(work, w);
  for (auto& t : threads) t.join();
}

Status RunStateYears(CliContext& ctx, const PanelOptions& o) {
  if (o.directed || o.undirected || o.request.both || !o.request.sources.empty()) {
    return Status::Usage("panel: --directed, --undirected, --both and --with are for dyad-years; a state-year "
                         "panel has every dataset's columns");
  }
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<StateYearQuery> q = StateYearQuery::Prepare(**ws, o.request);
  if (!q.ok()) return q.status();
  if (!q->years() && !q->header().notes.empty()) ctx.AddNote(q->header().notes.front());
  const bool to_stdout = ctx.options().output.empty();
  return ctx.EmitStream(q->header(), [&](RowStream& out) {
    q->Run([&](const std::vector<Cell>& row) {
      out.Row(row);
      return !to_stdout || static_cast<bool>(std::cout);
    });
    return Status::Ok();
  });
}

Status RunPanel(CliContext& ctx, PanelOptions& o) {
  // CSV even on a terminal unless --format says otherwise: the table and
  // Markdown views hold every row, which suits only small panels.
  if (!ctx.options().format) ctx.options().format = Format::kCsv;
  if (o.directed && o.undirected) return Status::Usage("panel: give --directed or --undirected, not both");
  if (o.unit == PanelUnit::kStateYear) return RunStateYears(ctx, o);
  o.request.directed = !o.undirected;
  const bool parallel = ctx.ChosenFormat() == Format::kCsv;
  o.request.workers = parallel ? PanelWorkers() : 1;
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<PanelQuery> q = PanelQuery::Prepare(**ws, o.request);
  if (!q.ok()) return q.status();
  for (const std::string& note : q->warnings()) ctx.AddNote(note);
  const bool to_stdout = ctx.options().output.empty();
  return ctx.EmitStream(q->header(), [&](RowStream& out) {
    if (!q->years()) return Status::Ok();
    if (parallel) {
      WriteCsvInParallel(*q, o.request.workers, out, to_stdout);
      return Status::Ok();
    }
    ProgressBar bar("panel");
    const std::optional<Period> years = q->years();
    q->Run(
        [&](const std::vector<Cell>& row) {
          out.Row(row);
          return !to_stdout || static_cast<bool>(std::cout);
        },
        [&](int year) { bar.Update(static_cast<double>(year - years->from + 1) / (years->to - years->from + 1)); });
    return Status::Ok();
  });
}

}  // namespace

void SetupPanelCommand(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<PanelOptions>();
  CLI::App* cmd = app.add_subcommand("panel", "Every dyad-year of the state system with every source (the "
                                              "peacesciencer panel)");
  cmd->add_option("--unit", o->unit, "dyad-year or state-year [default: dyad-year]")
      ->transform(NamesOnly(kUnits));
  cmd->add_flag("--directed", o->directed, "Both orders of each dyad, as create_dyadyears(directed = TRUE) [default]");
  cmd->add_flag("--undirected", o->undirected, "One row per pair, ccode1 < ccode2");
  AddYearOptions(cmd, &o->request.years, "1816-2016");
  cmd->add_option("--states", o->request.states,
                  "Keep dyads with at least one of these states, comma-separated, e.g. PAK,IND [default: all]")
      ->delimiter(',');
  cmd->add_flag("--both", o->request.both, "With --states: keep only dyads of two listed states");
  cmd->add_option("--with", o->request.sources,
                  "Sources, comma-separated: majors, contiguity, capitals, nmc, nmc_components, atop, igo, rivalry, "
                  "mid, votes, ideal, arms [default: all but nmc_components and ideal]")
      ->delimiter(',');
  cmd->add_flag("--iso", o->request.iso,
                "Add iso3_1, iso3_2 (ISO 3166 codes of the year, empty for a state without one) and stateabb1, "
                "stateabb2 (COW letters)");
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Rows: one per dyad (ordered pair; with --undirected ccode1 < ccode2) and year in which both states were\n"
      "members of the COW state system on a common day (cow/cow_states.csv). Two members of the same year that\n"
      "never overlapped by a day form no dyad-year, as in peacesciencer. 1,912,290 directed rows for\n"
      "1816-2016, streamed (CSV and JSON) rather than held in memory.\n\n"
      "Columns: ccode1, ccode2, year, gwcode1, gwcode2 (Gleditsch-Ward, from the codelist; empty where it has\n"
      "none), iso3_1, iso3_2, stateabb1, stateabb2 (--iso), then by source:\n"
      "  majors      cowmaj1, cowmaj2 (1816-2016)\n"
      "  contiguity  conttype: 0 none, 1 land, 2-5 water up to 12/24/150/400 miles (1816-2016)\n"
      "  capitals    capdist: great-circle km between capitals (by the capitals' dates)\n"
      "  nmc         cinc1, cinc2, cinc_ratio = cinc1/cinc2 (1816-2016)\n"
      "  nmc_components\n"
      "              milex1, milper1, irst1, pec1, tpop1, upop1, milex2, ..., upop2: NMC's six components of\n"
      "              each state (1816-2016; only on request)\n"
      "  atop        atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul (1815-2018);\n"
      "              directed as ATOP codes them; --undirected takes the max of both directions\n"
      "  igo         dyadigos: IGOs shared as full members (1816-2014)\n"
      "  rivalry     tdrival, tdrivalryno: Thompson-Dreyer strategic rivalry (to 2010)\n"
      "  mid         cowmidongoing, cowmidonset, cowmid_disputes, dispnum, sidea1, sidea2, orig1, orig2,\n"
      "              hostlev1, hostlev2, hiact1, hiact2, hostlev, fatality (1816-2014); several disputes in a\n"
      "              dyad-year: onset first, then fatality, hostility, lowest dispnum\n"
      "  votes       un_n, un_agree, un_ia, un_s, un_kappa, un_pi (UN General Assembly, 1946-2020)\n"
      "  ideal       ideal1, ideal2, ideal_distance (static UN ideal points, as `entente ideal`; only on\n"
      "              request: fitting every session takes a few seconds)\n"
      "  arms        tiv_1to2, tiv_2to1, tiv_share_1to2, tiv_share_2to1 (SIPRI TIV delivered, 1995-2025)\n"
      "With --unit state-year: ccode, year, gwcode, iso3, stateabb (--iso), cowmaj, cinc, milex, milper, irst, pec,\n"
      "tpop, upop (NMC), un_votes (roll calls voted on), ideal (static UN ideal point), tiv_imports, tiv_exports,\n"
      "top_supplier_ccode (empty when none or not a state), supplier_hhi, atop_partners (states with any\n"
      "pledge either way), cowmid_disputes, tdrivals; --states keeps those states.\n"
      "Missing is not zero: outside a source's years its columns are empty (JSON null); inside them a dyad\n"
      "without a record has 0 (votes: un_n 0 and empty measures). See docs/PANELS.md.\n\n"
      "Output: CSV by default, on a terminal too; CSV and JSON stream, while --format table and md hold every row\n"
      "(use them with --states or a short period).\n\n"
      "Examples:\n"
      "  entente panel -o dyad_years.csv\n"
      "  entente panel --undirected --from 1946 --with votes,atop,nmc --no-provenance\n"
      "  entente panel --with nmc,nmc_components --from 1990 -o capabilities.csv\n"
      "  entente panel --states PAK,IND,CHN --both --iso --format table\n"
      "  entente panel --states USA --from 1990 --to 2000 --format json\n"
      "  entente panel --unit state-year --states PAK,IND --from 1990");
  cmd->callback([&ctx, o] { RunAndRecord(ctx, [&] { return RunPanel(ctx, *o); }); });
}

}  // namespace entente
