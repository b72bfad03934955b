// Options shared by the `votes` commands: period, sessions, filters, measures
// (query/votes/vote_options.h holds them and the filter they make).
#ifndef ENTENTE_CLI_VOTE_OPTIONS_H_
#define ENTENTE_CLI_VOTE_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/status.h"
#include "query/votes/vote_options.h"

namespace entente {

// Adds --from, --to, --sessions, --issue, --important, --exclude-amendments,
// --exclude-paragraphs, --exclude-unanimous, --yes-no-only and --squared;
// with `measures`, also --measure (comma-separated list).
void AddVoteOptions(CLI::App* command, VoteOptions& options, bool measures);
// The measure definitions for help footers.
std::string VoteMeasureHelp();

}  // namespace entente

#endif  // ENTENTE_CLI_VOTE_OPTIONS_H_
