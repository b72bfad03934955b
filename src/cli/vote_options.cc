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

std::string VoteMeasureHelp() {
  std::string out = "Measures (over the n roll calls where both cast yes=1, abstain=2 or no=3; d = |x - y|):\n";
  for (const auto& m : VoteMeasures()) out += fmt::format("  {:<6} {}: {}\n         [{}]\n", m.name, m.title, m.definition, m.citation);
  out += "An undefined value (n = 0; kappa or pi when expected disagreement is 0) is missing, never 0.\n";
  return out;
}

}  // namespace entente
