// Vote filter options.
#include "cli/vote_options.h"
#include "cli/validators.h"

#include <fmt/format.h>

#include "measures/vote_measure_registry.h"

namespace entente {

void AddVoteOptions(CLI::App* cmd, VoteOptions& o, bool measures) {
  cmd->add_option("--from", o.from, "First calendar year of roll calls [default: the first in the data]")
      ->check(DecimalNumber(1900, 2100, "a year"));
  cmd->add_option("--to", o.to, "Last calendar year of roll calls [default: the last in the data]")
      ->check(DecimalNumber(1900, 2100, "a year"));
  cmd->add_option("--sessions", o.sessions, "General Assembly sessions FIRST-LAST instead of years, e.g. 26-72");
  cmd->add_option("--issue", o.issues, "Only roll calls tagged with any of these issues: me, nu, di, co, hr, ec")
      ->check(NonEmptyText());
  cmd->add_flag("--important", o.important, "Only the US State Department's important votes");
  cmd->add_flag("--exclude-amendments", o.exclude_amendments, "Leave out votes on amendments");
  cmd->add_flag("--exclude-paragraphs", o.exclude_paragraphs, "Leave out votes on paragraphs");
  cmd->add_flag("--exclude-unanimous", o.exclude_unanimous,
                "Leave out roll calls on which every vote cast was the same (Voeten's agreement score)");
  cmd->add_flag("--yes-no-only", o.yes_no_only,
                "Count only roll calls where both voted yes or no (the US State Department's 'votes only')");
  cmd->add_flag("--squared", o.squared, "Squared instead of absolute distance in s, kappa and pi");
  if (measures) {
    cmd->add_option("--measure", o.measures, "Measures to show, comma-separated [default: all]: " + VoteMeasureNames())
        ->delimiter(',');
  }
}

Result<VoteFilter> MakeVoteFilter(const VoteOptions& o) {
  VoteFilter f;
  if (!o.sessions.empty() && (o.from || o.to)) {
    return Status::Usage("give either --sessions or --from/--to, not both");
  }
  if (o.from || o.to) {
    f.years = Period{o.from.value_or(1900), o.to.value_or(2100)};
    if (f.years->from > f.years->to) {
      return Status::Usage(fmt::format("--from {} is after --to {}", f.years->from, f.years->to));
    }
  }
  if (!o.sessions.empty()) {
    Result<std::pair<int, int>> s = ParseSessions(o.sessions);
    if (!s.ok()) return s.status();
    f.sessions = *s;
  }
  if (!o.issues.empty()) {
    Result<uint8_t> bits = ParseIssueCodes(o.issues);
    if (!bits.ok()) return bits.status();
    f.issues = *bits;
  }
  f.important_only = o.important;
  f.exclude_amendments = o.exclude_amendments;
  f.exclude_paragraphs = o.exclude_paragraphs;
  f.exclude_unanimous = o.exclude_unanimous;
  f.yes_no_only = o.yes_no_only;
  f.distance = o.squared ? Distance::kSquared : Distance::kAbsolute;
  return f;
}

std::string VoteMeasureHelp() {
  std::string out = "Measures (over the n roll calls where both cast yes=1, abstain=2 or no=3; d = |x - y|):\n";
  for (const auto& m : VoteMeasures()) out += fmt::format("  {:<6} {}: {}\n         [{}]\n", m.name, m.title, m.definition, m.citation);
  out += "An undefined value (n = 0; kappa or pi when expected disagreement is 0) is missing, never 0.\n";
  return out;
}

}  // namespace entente
