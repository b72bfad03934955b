// `entente ideal`: ideal points of every state, session by session.
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "cli/validators.h"
#include "query/ideal/ideal_query.h"
#include "query/votes/vote_filter.h"

namespace entente {
namespace {

struct IdealOptions {
  std::optional<int> from;
  std::optional<int> to;
  std::string sessions;
  bool dynamic = false;
  std::vector<std::string> states;
  int bootstrap = 0;
  std::string bootstrap_method = BootstrapMethodName(IrtResampling::kRollCalls);
  uint64_t seed = 1;
};

Status RunIdeal(CliContext& ctx, const IdealOptions& o) {
  IdealRequest req;
  ENTENTE_RETURN_IF_ERROR(SetIdealRange(o.from, o.to, o.sessions, &req));
  req.dynamic = o.dynamic;
  req.states = o.states;
  req.bootstrap = o.bootstrap;
  req.seed = o.seed;
  Result<IrtResampling> method = ParseBootstrapMethod(o.bootstrap_method);
  if (!method.ok()) return method.status();
  req.resampling = *method;
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> a = [&] {
    ProgressBar bar("ideal points");
    req.progress = [&bar](double f) { bar.Update(f); };
    return QueryIdeal(**ws, req);
  }();
  if (!a.ok()) return a.status();
  return ctx.Emit(std::move(*a));
}

}  // namespace

void SetupIdealCommand(CLI::App& app, CliContext& ctx) {
  auto opts = std::make_shared<IdealOptions>();
  CLI::App* cmd = app.add_subcommand("ideal", "Ideal points: where each state stands in the General Assembly, "
                                              "session by session");
  cmd->add_option("--from", opts->from, "First session, by the year it opened (session = year - 1945)")
      ->check(DecimalNumber(1900, 2100, "a year"));
  cmd->add_option("--to", opts->to, "Last session, by the year it opened")->check(DecimalNumber(1900, 2100, "a year"));
  cmd->add_option("--sessions", opts->sessions, "General Assembly sessions FIRST-LAST, e.g. 26-72");
  cmd->add_flag("--dynamic", opts->dynamic,
                "Link sessions: a random walk ties each state's positions, identical resolutions share their "
                "parameters; fitted to the whole record");
  cmd->add_option("--states", opts->states, "Only these states, comma-separated, e.g. USA,ISR,CUB [default: all]")
      ->delimiter(',');
  cmd->add_option("--bootstrap", opts->bootstrap, "Bootstrap replicates for the intervals [default: 0]")
      ->check(DecimalNumber(0, 100000, "a number of replicates"));
  cmd->add_option("--bootstrap-method", opts->bootstrap_method,
                  "What a replicate draws anew: rollcalls (the roll calls, keeping the votes cast on them) or "
                  "parametric (every vote, from the fitted model) [default: rollcalls]")
      ->check(CLI::IsMember(BootstrapMethodNames()));
  cmd->add_option("--seed", opts->seed, "Seed of the bootstrap [default: 1]")
      ->check(DecimalNumber(0, UINT64_MAX, "a seed"));
  ctx.AddCommonOptions(cmd);
  cmd->footer(
      "Columns: ccode, iso3, stateabb, session, year (the year the session opened), ideal (position; the US\n"
      "is positive), lower, upper (95% bias-corrected bootstrap interval; empty without --bootstrap), n_votes\n"
      "(votes on the roll calls kept).\n\n"
      "Model: one-dimensional ordered probit of no/abstain/yes; its posterior mode, found by ECME, an EM\n"
      "algorithm on the augmentation of Imai, Lo and Olmsted (2016);\n"
      "--dynamic links sessions as Bailey, Strezhnev and Voeten (2017) do. Unanimous and near-unanimous\n"
      "roll calls (minority under 2.5%) and states with fewer than 10 votes in a session are left out.\n"
      "Static positions compare states within a session; only dynamic ones compare a state across\n"
      "sessions. See docs/IDEAL_POINTS.md.\n\n"
      "Cost: static fits always run from session 1 to the last one asked (about half a second for the\n"
      "whole record); --dynamic about two seconds; --bootstrap N refits the model N times. A progress\n"
      "bar appears on a terminal once a run has taken a second.\n\n"
      "Examples:\n"
      "  entente ideal --from 2010 --to 2019 --states USA,ISR,CUB,PRK,CHN,PAK,IND\n"
      "  entente ideal --dynamic --states CHN,PAK --format csv\n"
      "  entente ideal --sessions 70-74 --states PAK --bootstrap 100\n"
      "  entente ideal --sessions 28 --states USA,PAK --bootstrap 200 --bootstrap-method parametric");
  cmd->callback([&ctx, opts] { RunAndRecord(ctx, [&] { return RunIdeal(ctx, *opts); }); });
}

}  // namespace entente
