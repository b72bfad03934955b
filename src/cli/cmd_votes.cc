// `entente votes A B`, `votes partners`, `votes compare`, `votes dyadyears`:
// UN General Assembly voting alignment.
#include <map>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/vote_options.h"
#include "cli/validators.h"
#include "measures/vote_measure_registry.h"
#include "query/votes/votes_compare.h"
#include "query/votes/votes_dyad.h"
#include "query/votes/votes_dyad_years.h"
#include "query/votes/votes_partners.h"

namespace entente {
namespace {

const std::map<std::string, VoteGrouping>& kGroupings = VoteGroupingNames();

struct DyadOptions {
  std::vector<std::string> states;
  VoteGrouping by = VoteGrouping::kTotal;
  VoteOptions votes;
};

struct PartnersOptions {
  std::string state;
  std::string measure = "agree";
  int top = 0;
  int bottom = 0;
  int min_n = 10;
  VoteOptions votes;
};

struct CompareOptions {
  std::string state;
  std::vector<std::string> with;
  VoteGrouping by = VoteGrouping::kYear;
  VoteOptions votes;
};

struct DyadYearsOptions {
  VoteOptions votes;
};

Status RunDyad(CliContext& ctx, const DyadOptions& o) {
  if (o.states.size() != 2) {
    return Status::Usage("votes: give two states, e.g. `entente votes PAK CHN --from 1971 --to 2017`");
  }
  Result<VoteFilter> f = MakeVoteFilter(o.votes);
  if (!f.ok()) return f.status();
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> a = QueryVotesDyad(**ws, VotesDyadRequest{o.states[0], o.states[1], *f, o.by, o.votes.measures});
  if (!a.ok()) return a.status();
  return ctx.Emit(std::move(*a));
}

Status RunPartners(CliContext& ctx, const PartnersOptions& o) {
  Result<VoteFilter> f = MakeVoteFilter(o.votes);
  if (!f.ok()) return f.status();
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> a = QueryVotesPartners(**ws, VotesPartnersRequest{o.state, *f, o.measure, o.top, o.bottom, o.min_n});
  if (!a.ok()) return a.status();
  return ctx.Emit(std::move(*a));
}

Status RunCompare(CliContext& ctx, const CompareOptions& o) {
  Result<VoteFilter> f = MakeVoteFilter(o.votes);
  if (!f.ok()) return f.status();
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<Answer> a = QueryVotesCompare(**ws, VotesCompareRequest{o.state, o.with, *f, o.by, o.votes.measures});
  if (!a.ok()) return a.status();
  return ctx.Emit(std::move(*a));
}

Status RunDyadYears(CliContext& ctx, const DyadYearsOptions& o) {
  Result<VoteFilter> f = MakeVoteFilter(o.votes);
  if (!f.ok()) return f.status();
  Result<Workspace*> ws = ctx.workspace();
  if (!ws.ok()) return ws.status();
  Result<DyadYearsQuery> q = DyadYearsQuery::Prepare(**ws, DyadYearsRequest{*f, o.votes.measures});
  if (!q.ok()) return q.status();
  return ctx.EmitStream(q->header(), [&](RowStream& out) {
    q->Run([&](const std::vector<Cell>& row) { out.Row(row); });
    return Status::Ok();
  });
}

// A subcommand's surplus positional arguments land in the parent's STATES
// (CLI11 passes unmatched positionals up): they are a usage error, never
// silently ignored.
Status RejectExtraStates(std::string_view command, std::string_view takes, const std::vector<std::string>& extra) {
  if (extra.empty()) return Status::Ok();
  std::string listed;
  for (const std::string& e : extra) listed += (listed.empty() ? "" : " ") + ("\"" + e + "\"");
  return Status::Usage(fmt::format("{} takes {}; unexpected argument{}: {}", command, takes,
                                   extra.size() == 1 ? "" : "s", listed));
}

}  // namespace

void SetupVotesCommand(CLI::App& app, CliContext& ctx) {
  auto dyad = std::make_shared<DyadOptions>();
  CLI::App* votes = app.add_subcommand("votes", "UN General Assembly voting alignment of two states (and partners, "
                                                "comparisons, the dyad-year panel)");
  votes->add_option("STATES", dyad->states, "Two states, e.g. PAK CHN")->expected(0, 2);
  votes->add_option("--by", dyad->by, "One row for the whole period, or one per year, session or issue [default: total]")
      ->transform(NamesOnly(kGroupings));
  AddVoteOptions(votes, dyad->votes, true);
  ctx.AddCommonOptions(votes);
  votes->footer(
      "Columns: ccode1, iso3_1, stateabb1, ccode2, iso3_2, stateabb2 (in the order typed), then from,to (total),\n"
      "year, session,from,to or issue,issue_name;\n"
      "n; the measures. Years are calendar years of the roll calls' dates. States that share no counted roll\n"
      "call get a note saying why (e.g. China votes only from 1971: its seat was held before by the Republic of\n"
      "China, recorded as Taiwan). Each vote is the COW state's that held the seat on its date (united\n"
      "Germany's votes of late 1990 are 255's, Yemen's of 1990 679's; docs/DATASETS.md). --by year adds\n"
      "partial_year: 1 in a year that holds only the end of an earlier session (2020).\n\n" +
      VoteMeasureHelp() +
      "  ideal_distance  " + IdealDistanceMeasure().title + ": " + IdealDistanceMeasure().definition +
      "\n         [" + IdealDistanceMeasure().citation +
      "]\n         Only on request (--measure ...,ideal_distance) and not --by issue: it fits the static ideal-point\n"
      "         model of every session up to the period's last (about a second). A year row averages the sessions\n"
      "         of its roll calls. A state without a position in a session (absent, under 10 votes) is missing.\n"
      "\nThe seed paper's \"90 per cent\" for Pakistan and China 1971-2017 is Lijphart's ia (0.919); the share of\n"
      "identical votes (agree) is 0.859.\n\n"
      "Subcommands: partners, compare, dyadyears (see `entente votes SUBCOMMAND --help`).\n\n"
      "Examples:\n"
      "  entente votes PAK CHN --from 1971 --to 2017\n"
      "  entente votes IND USA --by year --measure agree,kappa\n"
      "  entente votes PAK CHN --by issue --exclude-unanimous\n"
      "  entente votes PAK CHN --sessions 26-72 --yes-no-only --format json\n"
      "  entente votes PAK CHN --from 1991 --to 2019 --by session --measure agree,ideal_distance");
  votes->callback([&ctx, dyad, votes] {
    if (!votes->get_subcommands().empty()) return;
    RunAndRecord(ctx, [&] { return RunDyad(ctx, *dyad); });
  });

  auto partners = std::make_shared<PartnersOptions>();
  CLI::App* p = votes->add_subcommand("partners", "With whom a state votes most and least alike");
  p->add_option("STATE", partners->state, "The state, e.g. PAK")->required();
  p->add_option("--measure", partners->measure, "The measure to rank by [default: agree]")
      ->check(CLI::IsMember(PartnerMeasureNames()));
  p->add_option("--top", partners->top, "Show the N most alike [default: all partners]")->check(Count());
  p->add_option("--bottom", partners->bottom, "Show the N least alike")->check(Count());
  p->add_option("--min-n", partners->min_n, "Leave out partners sharing fewer counted roll calls [default: 10]")
      ->check(Count());
  AddVoteOptions(p, partners->votes, false);
  ctx.AddCommonOptions(p);
  p->footer("Columns: rank (1 = most alike: the highest agreement, or the smallest ideal_distance), ccode, iso3,\n"
            "stateabb, name, n, the measure.\n\n" + VoteMeasureHelp() +
            "  ideal_distance  " + IdealDistanceMeasure().title + ": " + IdealDistanceMeasure().definition +
            "\n         [" + IdealDistanceMeasure().citation +
            "]\n         The mean over the period's sessions in which both have a static ideal point (fitting them\n"
            "         takes about a second); n counts the roll calls both voted on, as for the other measures.\n"
            "\nExamples:\n  entente votes partners PAK --from 1971 --to 2017 --measure kappa --top 10 --bottom 5\n"
            "  entente votes partners IND --from 2000 --to 2019 --measure ideal_distance --top 5");
  p->callback([&ctx, partners, dyad] {
    RunAndRecord(ctx, [&] {
      ENTENTE_RETURN_IF_ERROR(RejectExtraStates("votes partners", "one state", dyad->states));
      return RunPartners(ctx, *partners);
    });
  });

  auto compare = std::make_shared<CompareOptions>();
  CLI::App* c = votes->add_subcommand("compare", "One state's alignment with several others, side by side");
  c->add_option("STATE", compare->state, "The state, e.g. PAK")->required();
  c->add_option("--with", compare->with, "The others, comma-separated, e.g. CHN,USA,IND")
      ->required()
      ->delimiter(',');
  c->add_option("--by", compare->by, "total, year, session or issue [default: year]")
      ->transform(NamesOnly(kGroupings));
  AddVoteOptions(c, compare->votes, true);
  ctx.AddCommonOptions(c);
  c->footer("Columns: as `entente votes`, one block of rows per state in --with, in that order.\n\n"
            "Examples:\n  entente votes compare PAK --with CHN,USA,IND --by year --measure agree\n"
            "  entente votes compare IND --with USA,CHN --from 1991 --by total");
  c->callback([&ctx, compare, dyad] {
    RunAndRecord(ctx, [&] {
      ENTENTE_RETURN_IF_ERROR(RejectExtraStates("votes compare", "one state (the others go in --with)", dyad->states));
      return RunCompare(ctx, *compare);
    });
  });

  auto dy = std::make_shared<DyadYearsOptions>();
  CLI::App* d = votes->add_subcommand("dyadyears", "Every undirected dyad-year with n and all measures (tidy CSV)");
  AddVoteOptions(d, dy->votes, true);
  ctx.AddCommonOptions(d);
  d->footer("Columns: ccode1, ccode2 (undirected: ccode1 < ccode2), year, iso3_1, iso3_2, stateabb1, stateabb2, n,\n"
            "agree, ia, s, kappa, pi,\n"
            "partial_year (1 in a year that holds only the end of an earlier session: 2020, one roll call).\n"
            "One row per dyad and calendar year in which both were members of the COW state system and voted on\n"
            "at least one common roll call (Ukraine and Belarus, UN members from 1945, enter the system in 1991;\n"
            "a note names such state-years); about 820,000 rows for 1946-2020, streamed (CSV and JSON) rather\n"
            "than held in memory. Votes of a seat that passed to a state COW codes anew (Germany from 3 October\n"
            "1990, Yemen from 22 May 1990) are that state's (docs/DATASETS.md).\n\n"
            "Examples:\n  entente votes dyadyears -o dyadyears.csv\n"
            "  entente votes dyadyears --from 1991 --exclude-unanimous --measure ia,kappa --no-provenance");
  d->callback([&ctx, dy, dyad] {
    RunAndRecord(ctx, [&] {
      ENTENTE_RETURN_IF_ERROR(RejectExtraStates("votes dyadyears", "no state (it covers every dyad)", dyad->states));
      return RunDyadYears(ctx, *dy);
    });
  });
}

}  // namespace entente
