// Estimating ideal points from the vote record and tabulating them.
#include "query/ideal/ideal_query.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "data/un_identical_resolutions.h"
#include "measures/ideal_bootstrap.h"
#include "query/ideal/dynamic_fit_store.h"
#include "query/query_args.h"
#include "query/votes/vote_filter.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {
namespace {

std::pair<int, int> SessionsWithVotes(const VoteMatrix& m) {
  int first = 1 << 30, last = 0;
  for (size_t i = 0; i < m.roll_call_count(); ++i) {
    const std::array<int32_t, 3>& c = m.Counts(i);
    if (c[0] + c[1] + c[2] == 0) continue;
    first = std::min(first, m.roll_call(i).session);
    last = std::max(last, m.roll_call(i).session);
  }
  return {first, last};
}

size_t IntervalsExcluding(const IdealEstimates& e) {
  size_t n = 0;
  for (size_t s = 0; s < e.lower.size(); ++s) {
    for (size_t u = 0; u < e.ideal[s].size(); ++u) {
      n += e.lower[s][u] && (e.ideal[s][u] < *e.lower[s][u] || e.ideal[s][u] > *e.upper[s][u]);
    }
  }
  return n;
}

}  // namespace

Result<std::pair<int, int>> IdealSessionRange(Workspace& ws, const std::optional<Period>& years,
                                              const std::optional<std::pair<int, int>>& sessions) {
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  if (!m.ok()) return m.status();
  auto [first, last] = SessionsWithVotes(**m);
  int a = first, b = last;
  if (years) {
    if (years->from > years->to) return Status::Usage(fmt::format("--from {} is after --to {}", years->from, years->to));
    a = years->from - 1945, b = years->to - 1945;
  } else if (sessions) {
    a = sessions->first, b = sessions->second;
  }
  if (a > b) return Status::Usage(fmt::format("sessions {}-{}: the first comes after the last", a, b));
  if ((b < first || a > last) && years) {
    return Status::Usage(fmt::format("no UN General Assembly session with votes opened in {}: the votes cover "
                                     "sessions {}-{} ({}-{})",
                                     years->ToString(), first, last, SessionYear(first), SessionYear(last)));
  }
  if (b < first || a > last) {
    return Status::Usage(fmt::format("no UN General Assembly votes in sessions {}-{} ({}-{}): the votes cover "
                                     "sessions {}-{} ({}-{})",
                                     a, b, SessionYear(a), SessionYear(b), first, last, SessionYear(first),
                                     SessionYear(last)));
  }
  return std::make_pair(std::max(a, first), std::min(b, last));
}

Result<IdealEstimates> EstimateIdealPoints(Workspace& ws, const IdealSpec& spec) {
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  if (!m.ok()) return m.status();
  std::vector<IdenticalResolutionPair> pairs;
  if (spec.dynamic) {
    Result<std::filesystem::path> path = ws.DatasetPath("identical_resolutions");
    if (!path.ok()) return path.status();
    Result<std::vector<IdenticalResolutionPair>> loaded =
        LoadUnIdenticalResolutions(*path, "unga/identical_resolutions.csv");
    if (!loaded.ok()) return loaded.status();
    pairs = std::move(loaded.value());
  }
  auto [data_first, data_last] = SessionsWithVotes(**m);
  IdealEstimates est;
  est.data = PrepareIdealData(**m, spec.first_session, spec.last_session, pairs);
  if (est.data.sessions.empty()) {
    return Status::Usage(fmt::format("no contested roll call in sessions {}-{}", spec.first_session, spec.last_session));
  }
  // The sessions fitted: static fits from the first session to the last
  // asked; the dynamic model always over the whole record, so that a
  // state-session has one estimate whatever window is printed.
  const int fit_last = spec.dynamic ? data_last : spec.last_session;
  const bool wider = spec.first_session > data_first || fit_last > spec.last_session;
  IdealData wide;
  if (wider) wide = PrepareIdealData(**m, data_first, fit_last, pairs);
  const IdealData& all = wider ? wide : est.data;
  size_t offset = 0;
  while (offset < all.sessions.size() && all.sessions[offset].session != est.data.sessions.front().session) ++offset;
  const size_t n_out = est.data.sessions.size();
  // Work units for the progress bar: a static session 1, the dynamic fit
  // half the static pass, a bootstrap replicate of a session 1.
  double total = static_cast<double>(all.sessions.size()) + (spec.dynamic ? 0.5 * all.sessions.size() : 0.0) +
                 static_cast<double>(spec.bootstrap) * static_cast<double>(n_out);
  double done = 0;
  auto report = [&](double units) {
    if (spec.progress) spec.progress(std::min(1.0, (done + units) / total));
  };
  IrtControl control;
  // The dynamic fit starts from a few steps of each static fit: enough to
  // settle each session's dimension and sign, which is all a start needs.
  IrtControl static_control = control;
  if (spec.dynamic) static_control.max_iterations = kDynamicStartSteps;
  auto fit_statics = [&] {
    std::vector<SessionFit> fits = FitStaticSessions(all.sessions, kAnchorCcode, static_control,
                                                     [&](size_t n) { report(static_cast<double>(n)); });
    done += static_cast<double>(all.sessions.size());
    return fits;
  };
  if (!spec.dynamic) {
    std::vector<SessionFit> statics = fit_statics();
    for (size_t s = 0; s < all.sessions.size(); ++s) {
      if (!statics[s].fit.converged) est.all_converged = false;
    }
    std::vector<SessionFit> range_statics(statics.begin() + static_cast<std::ptrdiff_t>(offset),
                                         statics.begin() + static_cast<std::ptrdiff_t>(offset + n_out));
    for (size_t s = 0; s < n_out; ++s) {
      const IrtFit& f = range_statics[s].fit;
      est.ideal.push_back(f.x);
      est.iterations.push_back(f.iterations);
      if (spec.bootstrap > 0) {
        IrtIntervals iv = BootstrapIrt(est.data.sessions[s].problem, f, spec.bootstrap,
                                       IdealSessionSeed(spec.seed, est.data.sessions[s].session), control, 0.95,
                                       spec.resampling);
        est.lower.push_back(std::move(iv.lower));
        est.upper.push_back(std::move(iv.upper));
        est.bootstrap_failed += iv.failed;
        done += spec.bootstrap;
        report(0);
      }
    }
    est.intervals_excluding = IntervalsExcluding(est);
    return est;
  }
  est.links_used = all.links.size();
  IrtControl dyn = control;
  double dyn_units = 0.5 * static_cast<double>(all.sessions.size());
  dyn.on_iteration = [&](int, double change) {
    // Progress by how far the change has come down towards the tolerance.
    double f = std::log(std::max(change, control.tolerance)) / std::log(control.tolerance);
    report(dyn_units * std::clamp(f, 0.0, 1.0));
  };
  StoredDynamicFit stored = LoadOrFitDynamic(ws, all, fit_statics, kAnchorCcode, dyn, spec.use_snapshot);
  const DynamicFit& d = stored.dynamic;
  done = static_cast<double>(all.sessions.size()) + dyn_units;
  if (!d.fit.converged) est.all_converged = false;
  IrtIntervals iv;
  if (spec.bootstrap > 0) {
    IrtControl boot = control;
    int replicate = -1, last_iteration = 1 << 30;
    boot.on_iteration = [&](int iteration, double change) {
      if (iteration < last_iteration) ++replicate;  // a new refit has begun
      last_iteration = iteration;
      double f = std::log(std::max(change, control.tolerance)) / std::log(control.tolerance);
      report(static_cast<double>(n_out) * (replicate + std::clamp(f, 0.0, 1.0)));
    };
    iv = BootstrapIrt(d.problem, d.fit, spec.bootstrap, spec.seed, boot, 0.95, spec.resampling);
    est.bootstrap_failed = iv.failed;
  }
  for (size_t s = 0; s < n_out; ++s) {
    size_t base = d.unit_offset[offset + s], n = est.data.sessions[s].problem.units;
    auto slice = [&]<typename T>(const std::vector<T>& v) {
      return std::vector<T>(v.begin() + static_cast<std::ptrdiff_t>(base), v.begin() + static_cast<std::ptrdiff_t>(base + n));
    };
    est.ideal.push_back(slice(d.fit.x));
    est.iterations.push_back(d.fit.iterations);
    if (spec.bootstrap > 0) {
      est.lower.push_back(slice(iv.lower));
      est.upper.push_back(slice(iv.upper));
    }
  }
  est.intervals_excluding = IntervalsExcluding(est);
  return est;
}

uint64_t IdealSessionSeed(uint64_t seed, int session) { return seed * 1000003ULL + static_cast<uint64_t>(session); }

namespace {

struct BootstrapMethod {
  const char* name;
  IrtResampling resampling;
};
constexpr BootstrapMethod kBootstrapMethods[] = {{"rollcalls", IrtResampling::kRollCalls},
                                                 {"parametric", IrtResampling::kParametric}};

}  // namespace

const std::vector<std::string>& BootstrapMethodNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const BootstrapMethod& m : kBootstrapMethods) n.emplace_back(m.name);
    return n;
  }();
  return names;
}

const char* BootstrapMethodName(IrtResampling resampling) {
  for (const BootstrapMethod& m : kBootstrapMethods) {
    if (m.resampling == resampling) return m.name;
  }
  return kBootstrapMethods[0].name;  // unreachable: every value is in the table
}

Result<IrtResampling> ParseBootstrapMethod(std::string_view name) {
  for (const BootstrapMethod& m : kBootstrapMethods) {
    if (name == m.name) return m.resampling;
  }
  return Status::Usage(fmt::format("--bootstrap-method: expected one of {}, got '{}'",
                                   fmt::join(BootstrapMethodNames(), ", "), name));
}

Status SetIdealRange(std::optional<int> from, std::optional<int> to, const std::string& sessions,
                     IdealRequest* request) {
  if (!sessions.empty()) {
    if (from || to) return Status::Usage("ideal: give --from/--to or --sessions, not both");
    Result<std::pair<int, int>> s = ParseSessions(sessions);
    if (!s.ok()) return s.status();
    request->sessions = *s;
  } else if (from || to) {
    request->years = Period{from.value_or(1946), to.value_or(2100)};
  }
  return Status::Ok();
}

Result<Answer> QueryIdeal(Workspace& ws, const IdealRequest& r) {
  Result<std::pair<int, int>> range = IdealSessionRange(ws, r.years, r.sessions);
  if (!range.ok()) return range.status();
  if (r.bootstrap < 0) return Status::Usage("--bootstrap: expected a number of replicates, 0 or more");
  std::vector<const Country*> wanted;
  for (const std::string& s : r.states) {
    Result<const Country*> c = ws.ResolveCountry(s);
    if (!c.ok()) return c.status();
    wanted.push_back(*c);
  }
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  if (!m.ok()) return m.status();
  IdealSpec spec{range->first, range->second, r.dynamic, r.bootstrap, r.seed, r.progress, true, r.resampling};
  Result<IdealEstimates> est = EstimateIdealPoints(ws, spec);
  if (!est.ok()) return est.status();
  const IdealData& data = est->data;

  Answer a;
  a.command = "ideal";
  a.title = fmt::format("UN General Assembly ideal points, sessions {}-{} ({}-{}), {} model", range->first,
                        range->second, SessionYear(range->first), SessionYear(range->second),
                        r.dynamic ? "dynamic" : "static");
  a.AddFact("measure", "ideal point: one-dimensional ordered probit of no/abstain/yes, the posterior mode found by "
                       "ECME, an EM algorithm on the latent-variable augmentation of Imai, Lo and Olmsted (2016)");
  a.AddFact("model", r.dynamic ? fmt::format("dynamic: every session's positions under the static model's N(0, 1), a "
                                             "state's consecutive sessions linked by a random walk (variance {} a "
                                             "session), {} roll calls sharing items with an identical resolution "
                                             "(Bailey, Strezhnev and Voeten 2017); fitted to the whole record",
                                             kDefaultWalk.omega2, est->links_used)
                               : "static: one fit per session, each started from the session before");
  a.AddFact("period", fmt::format("sessions {}-{} ({}-{})", range->first, range->second, SessionYear(range->first),
                                  SessionYear(range->second)));
  size_t rc = 0, rc_dropped = 0, st_dropped = 0;
  for (const IdealSessionInfo& i : data.info) rc += i.roll_calls, rc_dropped += i.roll_calls_dropped, st_dropped += i.states_dropped;
  a.AddFact("filters", static_cast<double>(rc_dropped), "roll calls",
            fmt::format("{} of {} roll calls dropped as unanimous or near-unanimous (minority under {}%); "
                        "{} state-sessions dropped with fewer than {} votes",
                        rc_dropped, rc, kMinMinorityShare * 100, st_dropped, kMinStateVotes),
            fmt::format("roll calls dropped as unanimous or near-unanimous (minority under {}%)",
                        kMinMinorityShare * 100),
            fmt::format("{} roll calls of the sessions; {} state-sessions dropped with fewer than {} votes", rc,
                        st_dropped, kMinStateVotes));
  a.AddFact("identification", r.dynamic ? "United States positive; positions standardised to mean 0, variance 1 over "
                                           "all state-sessions"
                                         : "United States positive; positions standardised to mean 0, variance 1 in "
                                           "each session");
  int max_it = 0;
  for (int it : est->iterations) max_it = std::max(max_it, it);
  a.AddFact("convergence", max_it, "steps",
            fmt::format("{}: largest position change in an accelerated cycle of three steps under {} "
                        "(cap {} steps); at most {} steps",
                        est->all_converged ? "every fit converged" : "NOT every fit converged",
                        IrtControl{}.tolerance, IrtControl{}.max_iterations, max_it),
            fmt::format("the most steps any fit took; a fit converges when the largest position change in an "
                        "accelerated cycle of three steps is under {} (cap {} steps)",
                        IrtControl{}.tolerance, IrtControl{}.max_iterations),
            est->all_converged ? "every fit converged" : "NOT every fit converged");
  if (r.bootstrap > 0) {
    const bool rollcalls = r.resampling == IrtResampling::kRollCalls;
    const char* drawn = rollcalls ? (r.dynamic ? "roll calls drawn anew within each session, with the votes cast on them"
                                               : "roll calls drawn anew, with the votes cast on them")
                                  : "every vote drawn anew from the fitted model";
    a.AddFact("bootstrap", r.bootstrap, "replicates",
              fmt::format("{} {} replicates ({}), seed {}, 95% bias-corrected percentile intervals", r.bootstrap,
                          rollcalls ? "roll-call" : "parametric", drawn, r.seed),
              fmt::format("bootstrap replicates behind the 95% bias-corrected percentile intervals (lower, upper): "
                          "{}",
                          drawn),
              fmt::format("{}, seed {}", BootstrapMethodName(r.resampling), r.seed));
  } else {
    a.AddFact("bootstrap", "none: lower and upper are empty (use --bootstrap N)");
  }
  if (est->bootstrap_failed > 0) {
    a.notes.push_back(fmt::format("{} bootstrap refits reached the iteration cap; their last estimates were used",
                                  est->bootstrap_failed));
  }
  if (est->intervals_excluding > 0) {
    size_t units = 0;
    for (const std::vector<double>& x : est->ideal) units += x.size();
    a.notes.push_back(fmt::format("in the sessions shown, {} of {} state-sessions' intervals exclude their estimate: "
                                  "over 97.5% of the replicates fell on one side of it{} (docs/IDEAL_POINTS.md, "
                                  "Uncertainty)",
                                  est->intervals_excluding, units,
                                  r.resampling == IrtResampling::kParametric
                                      ? ": votes drawn from the fitted model lack the real session's shape, and "
                                        "--bootstrap-method rollcalls keeps the votes cast"
                                      : ""));
  }
  if (!est->all_converged) a.notes.push_back("a fit reached the iteration cap; its estimates may not be final");
  for (int s : data.sessions_skipped) {
    a.notes.push_back(fmt::format("session {} ({}) has no ideal points: no state cast {} votes on its contested roll "
                                  "calls",
                                  s, SessionYear(s), kMinStateVotes));
  }
  if (!data.missing_rcids.empty()) {
    std::vector<std::string> ids;
    for (int64_t id : data.missing_rcids) ids.push_back(std::to_string(id));
    a.notes.push_back(fmt::format("{} identical-resolution pairs name a roll call that is not in the roll calls "
                                  "(rcid {}); they were not used",
                                  data.pairs_missing, fmt::join(ids, ", ")));
  }

  Table& t = a.AddSection("ideal_points", "Ideal points");
  AddStateColumns(t);
  t.AddColumn("session", 0);
  t.AddColumn("year", 0);
  t.AddColumn("ideal", 3);
  t.AddColumn("lower", 3);
  t.AddColumn("upper", 3);
  t.AddColumn("n_votes", 0);
  std::map<int, size_t> order;  // ccode -> position in --states
  for (size_t i = 0; i < wanted.size(); ++i) order.emplace(wanted[i]->ccode.value, i);
  std::vector<bool> found(wanted.size(), false);
  const std::vector<CowCode>& members = (*m)->members();
  for (size_t s = 0; s < data.sessions.size(); ++s) {
    const IdealSessionInfo& info = data.info[s];
    std::vector<size_t> units;
    for (size_t u = 0; u < info.unit_member.size(); ++u) {
      auto it = order.find(members[info.unit_member[u]].value);
      if (!wanted.empty() && it == order.end()) continue;
      if (it != order.end()) found[it->second] = true;
      units.push_back(u);
    }
    if (!wanted.empty()) {
      std::sort(units.begin(), units.end(), [&](size_t x, size_t y) {
        return order[members[info.unit_member[x]].value] < order[members[info.unit_member[y]].value];
      });
    }
    for (size_t u : units) {
      CowCode code = members[info.unit_member[u]];
      const Country* c = (*reg)->Find(code);
      auto bound = [&](const std::vector<std::vector<std::optional<double>>>& b) {
        return b.empty() ? Cell() : OptionalCell(b[s][u]);
      };
      std::vector<Cell> row;
      AppendStateCells(row, c, SessionYear(info.session));
      if (c == nullptr) row[0] = CcodeCell(code);
      for (Cell v : {Cell(static_cast<int64_t>(info.session)), Cell(static_cast<int64_t>(SessionYear(info.session))),
                     Cell(est->ideal[s][u]), bound(est->lower), bound(est->upper),
                     Cell(static_cast<int64_t>(info.n_votes[u]))}) {
        row.push_back(std::move(v));
      }
      t.AddRow(std::move(row));
    }
  }
  for (size_t i = 0; i < wanted.size(); ++i) {
    if (!found[i]) {
      a.notes.push_back(fmt::format("{} ({}, {}) has no ideal point in sessions {}-{}: no session with {} votes or more",
                                    wanted[i]->name, wanted[i]->ShortCode(), wanted[i]->ccode.value, range->first,
                                    range->second, kMinStateVotes));
    }
  }
  if (t.empty()) return Status::Usage(fmt::format("no ideal point for the states asked in sessions {}-{}", range->first, range->second));
  UseVoteDatasets(ws, &a);
  if (r.dynamic) a.UseDataset(ws.Ref("identical_resolutions"));
  return a;
}

}  // namespace entente
