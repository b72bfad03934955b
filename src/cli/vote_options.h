// Options shared by the `votes` commands: period, sessions, filters, measures.
#ifndef ENTENTE_CLI_VOTE_OPTIONS_H_
#define ENTENTE_CLI_VOTE_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/status.h"
#include "query/votes/vote_filter.h"

namespace entente {

struct VoteOptions {
  std::optional<int> from;
  std::optional<int> to;
  std::string sessions;
  std::string issues;
  bool important = false;
  bool exclude_amendments = false;
  bool exclude_paragraphs = false;
  bool exclude_unanimous = false;
  bool yes_no_only = false;
  bool squared = false;
  std::vector<std::string> measures;
};

// Adds --from, --to, --sessions, --issue, --important, --exclude-amendments,
// --exclude-paragraphs, --exclude-unanimous, --yes-no-only and --squared;
// with `measures`, also --measure (comma-separated list).
void AddVoteOptions(CLI::App* command, VoteOptions& options, bool measures);
// The filter the options describe; a usage error for bad combinations.
Result<VoteFilter> MakeVoteFilter(const VoteOptions& options);
// The measure definitions for help footers.
std::string VoteMeasureHelp();

}  // namespace entente

#endif  // ENTENTE_CLI_VOTE_OPTIONS_H_
