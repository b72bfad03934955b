// --from and --to, worded the same on every command that reads years.
#ifndef ENTENTE_CLI_YEAR_OPTIONS_H_
#define ENTENTE_CLI_YEAR_OPTIONS_H_

#include <CLI/CLI.hpp>

#include "cli/validators.h"
#include "query/query_args.h"

namespace entente {

inline constexpr int kFirstYearAccepted = 1400;
inline constexpr int kLastYearAccepted = 2100;

// Adds --from YEAR and --to YEAR; `coverage` names the dataset's years for the
// help text, e.g. "1816-2016".
inline void AddYearOptions(CLI::App* cmd, YearFlags* flags, const std::string& coverage) {
  cmd->add_option("--from", flags->from, "First year [default: the data's first, " + coverage + "]")
      ->check(DecimalNumber(kFirstYearAccepted, kLastYearAccepted, "a year"));
  cmd->add_option("--to", flags->to, "Last year [default: the data's last]")
      ->check(DecimalNumber(kFirstYearAccepted, kLastYearAccepted, "a year"));
}

}  // namespace entente

#endif  // ENTENTE_CLI_YEAR_OPTIONS_H_
