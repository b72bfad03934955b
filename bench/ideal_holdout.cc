// Out-of-sample validation of the ideal-point models, the criterion that
// chooses the dynamic model's settings (docs/IDEAL_POINTS.md).
//
// A random tenth of the votes of every session (seeded, so the table can be
// rerun) is held out; each model is fitted on the rest of the whole record
// 1946-2019 and scored on the held-out votes by their mean log loss
// (-log P of the vote cast, under the fitted ordered probit) and the share
// whose most probable choice is the one cast. Each model is then fitted on
// all the votes: its per-session Pearson r with the static fits (over the
// sessions with at least kMinRollCalls contested roll calls), its largest
// |position|, steps and time. Last, the default dynamic fit against the
// same fit run to a tolerance of 1e-9.
//
// Usage: ideal_holdout [--seed N]. Prints a Markdown table.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "bench_data.h"
#include "irt_choice_probability.h"
#include "data/un_identical_resolutions.h"
#include "measures/dynamic_ideal_points.h"
#include "query/ideal/ideal_query.h"
#include "query/votes/vote_matrix_source.h"

namespace entente {
namespace {

constexpr size_t kMinRollCalls = 20;

struct Setting {
  std::string name;
  bool dynamic = false;
  WalkPrior walk;
  bool bridges = true;
};

struct HeldVote {
  size_t session, unit, item;
  uint8_t choice;
};

// Positions and items per session, whichever model produced them.
struct Estimates {
  std::vector<std::vector<double>> x;
  std::vector<std::vector<IrtItem>> item;
  int iterations = 0;
  bool converged = true;
  double seconds = 0;
};

Estimates Fit(const Setting& s, const IdealData& data, const std::vector<IrtSession>& sessions) {
  auto t0 = std::chrono::steady_clock::now();
  Estimates e;
  IrtControl control;
  if (!s.dynamic) {
    std::vector<SessionFit> fits = FitStaticSessions(sessions, kAnchorCcode, control);
    for (const SessionFit& f : fits) {
      e.x.push_back(f.fit.x);
      e.item.push_back(f.fit.item);
      e.iterations += f.fit.iterations;
      e.converged = e.converged && f.fit.converged;
    }
  } else {
    IrtControl start = control;
    start.max_iterations = kDynamicStartSteps;
    std::vector<SessionFit> statics = FitStaticSessions(sessions, kAnchorCcode, start);
    const std::vector<std::pair<IrtItemRef, IrtItemRef>> none;
    DynamicFit d = FitDynamic(sessions, s.bridges ? data.links : none, statics, kAnchorCcode, control, s.walk);
    for (size_t t = 0; t < sessions.size(); ++t) {
      const size_t base = d.unit_offset[t];
      e.x.emplace_back(d.fit.x.begin() + static_cast<std::ptrdiff_t>(base),
                       d.fit.x.begin() + static_cast<std::ptrdiff_t>(base + sessions[t].problem.units));
      std::vector<IrtItem> items;
      for (size_t j = 0; j < sessions[t].problem.items; ++j) items.push_back(d.fit.item[d.item_of[d.item_offset[t] + j]]);
      e.item.push_back(std::move(items));
    }
    e.iterations = d.fit.iterations;
    e.converged = d.fit.converged;
  }
  e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return e;
}

double Pearson(const std::vector<double>& a, const std::vector<double>& b) {
  double n = static_cast<double>(a.size()), sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
  for (size_t i = 0; i < a.size(); ++i) sa += a[i], sb += b[i], saa += a[i] * a[i], sbb += b[i] * b[i], sab += a[i] * b[i];
  return (sab - sa * sb / n) / std::sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
}

int Run(uint64_t seed) {
  Workspace ws(bench::BundleDir(), Manifest::Bundle());
  Result<std::shared_ptr<const VoteMatrix>> m = OpenVoteMatrix(ws);
  Result<std::filesystem::path> path = ws.DatasetPath("identical_resolutions");
  if (!m.ok() || !path.ok()) {
    std::fprintf(stderr, "data: %s\n", (!m.ok() ? m.status() : path.status()).ToString().c_str());
    return 1;
  }
  Result<std::vector<IdenticalResolutionPair>> pairs = LoadUnIdenticalResolutions(*path, "unga/identical_resolutions.csv");
  if (!pairs.ok()) return 1;
  const IdealData data = PrepareIdealData(**m, 1, 74, *pairs);

  // Hold out a tenth of each session's votes: a seeded draw per vote, from
  // the generator's bits so the split does not depend on the library.
  std::mt19937_64 rng(seed);
  std::vector<IrtSession> train = data.sessions;
  std::vector<HeldVote> held;
  for (size_t t = 0; t < data.sessions.size(); ++t) {
    train[t].problem.votes.clear();
    for (const IrtVote& v : data.sessions[t].problem.votes) {
      if ((rng() >> 11) % 10 == 0) {
        held.push_back({t, v.unit, v.item, v.choice});
      } else {
        train[t].problem.votes.push_back(v);
      }
    }
  }

  std::vector<Setting> settings = {{"static (one fit per session)", false, {}, true}};
  for (double w : {0.01, 0.1}) {
    settings.push_back({"random walk, variance " + std::to_string(w).substr(0, 4), true, WalkPrior{1.0, w}, true});
  }
  for (double w : {0.003, 0.01, 0.02, 0.03, 0.05, 0.1, 0.3, 1.0}) {
    settings.push_back({"held walk, variance " + std::to_string(w).substr(0, 5), true, HeldWalk(w), true});
  }
  for (double rho : {0.5, 0.9, 0.98}) {
    settings.push_back({"stationary, rho " + std::to_string(rho).substr(0, 4), true, StationaryWalk(rho), true});
  }
  settings.push_back({"held walk (the default), no bridges", true, kDefaultWalk, false});

  const Estimates reference = Fit(settings[0], data, data.sessions);
  std::printf("held-out votes: %zu of %zu (seed %llu); r against the static fits over the %s\n\n", held.size(),
              held.size() + [&] {
                size_t n = 0;
                for (const IrtSession& s : train) n += s.problem.votes.size();
                return n;
              }(),
              static_cast<unsigned long long>(seed), "sessions with 20 or more contested roll calls");
  struct Row {
    std::string line;
    std::vector<double> loss;  // per held-out vote
  };
  std::vector<Row> rows;
  for (const Setting& s : settings) {
    const Estimates out = Fit(s, data, train);
    Row row;
    double correct = 0;
    for (const HeldVote& h : held) {
      uint8_t best = 0;
      const double p = bench::ChoiceProbability(out.item[h.session][h.item], out.x[h.session][h.unit], h.choice, &best);
      row.loss.push_back(-std::log(std::max(p, 1e-300)));
      correct += best == h.choice;
    }
    const Estimates full = Fit(s, data, data.sessions);
    double r_min = 1, r_sum = 0, n_r = 0, largest = 0;
    int r_min_session = 0;
    for (size_t t = 0; t < data.sessions.size(); ++t) {
      for (double x : full.x[t]) largest = std::max(largest, std::abs(x));
      if (data.sessions[t].problem.items < kMinRollCalls) continue;
      const double r = Pearson(full.x[t], reference.x[t]);
      r_sum += r, n_r += 1;
      if (r < r_min) r_min = r, r_min_session = data.sessions[t].session;
    }
    char buf[512], r_text[64];
    if (s.dynamic) {
      std::snprintf(r_text, sizeof(r_text), "%.3f (%d) | %.3f", r_min, r_min_session, r_sum / n_r);
    } else {
      std::snprintf(r_text, sizeof(r_text), "— | —");  // the reference itself
    }
    std::snprintf(buf, sizeof(buf), "%.4f | %s | %.2f | %d | %s | %.2f s |", correct / static_cast<double>(held.size()),
                  r_text, largest, full.iterations, full.converged ? "yes" : "no", full.seconds);
    row.line = s.name + " | %.4f | %+.4f (%.4f) | " + buf;
    rows.push_back(std::move(row));
    std::fprintf(stderr, "%s done\n", s.name.c_str());
  }
  // Differences from the best setting, with the standard error of the
  // paired difference over held-out votes.
  const double n = static_cast<double>(held.size());
  size_t best = 0;
  std::vector<double> mean(rows.size(), 0.0);
  for (size_t i = 0; i < rows.size(); ++i) {
    for (double l : rows[i].loss) mean[i] += l / n;
    if (mean[i] < mean[best]) best = i;
  }
  std::printf("| model | held-out log loss | minus the best (its standard error) | held-out correct | "
              "r vs static: min (session) | mean | largest \\|x\\| | steps | converged | fit time |\n"
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
  for (size_t i = 0; i < rows.size(); ++i) {
    double sd = 0;
    for (size_t k = 0; k < held.size(); ++k) {
      const double d = rows[i].loss[k] - rows[best].loss[k] - (mean[i] - mean[best]);
      sd += d * d;
    }
    const double se = std::sqrt(sd / (n - 1) / n);
    std::printf(("| " + rows[i].line + "\n").c_str(), mean[i], mean[i] - mean[best], se);
  }
  // How far the default tolerance stops from the mode: the default fit of
  // all the votes against the same fit run to 1e-9.
  IrtControl start;
  start.max_iterations = kDynamicStartSteps;
  const std::vector<SessionFit> statics = FitStaticSessions(data.sessions, kAnchorCcode, start);
  const DynamicFit loose = FitDynamic(data.sessions, data.links, statics, kAnchorCcode);
  const DynamicFit tight = FitDynamic(data.sessions, data.links, statics, kAnchorCcode, IrtControl{1e-9, 20000, {}});
  double gap = 0;
  for (size_t u = 0; u < loose.fit.x.size(); ++u) gap = std::max(gap, std::abs(loose.fit.x[u] - tight.fit.x[u]));
  std::printf("\ndefault dynamic fit against one run to 1e-9 (%d steps, %s): largest difference %.4f over %zu "
              "positions\n",
              tight.fit.iterations, tight.fit.converged ? "converged" : "NOT converged", gap, loose.fit.x.size());
  return 0;
}

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  uint64_t seed = 19;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--seed") == 0) seed = std::strtoull(argv[i + 1], nullptr, 10);
  }
  return entente::Run(seed);
}
