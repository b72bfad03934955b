// Loader of unga/un_roll_calls.csv: one row per UN General Assembly roll call.
//
// Dataset: United Nations General Assembly Voting Data, Erik Voeten, Anton
// Strezhnev and Michael Bailey, Harvard Dataverse hdl:1902.1/12379 (CC0), in
// the tidy form of the `unvotes` R package (David Robinson, MIT); sessions
// 1-75, 1946-2020.
// Columns used: rcid (roll-call id), session (General Assembly session),
// importantvote (1 if the US State Department listed it as important),
// date (YYYY-MM-DD), unres (resolution symbol), amend (1 if a vote on an
// amendment), para (1 if a vote on a paragraph), short (title). The long
// description (descr) is checked for shape but not kept: no measure uses it,
// and leaving it out keeps the vote record small to load.
// Quirks: importantvote, amend and para are NA (unquoted) for many roll calls,
// kept as unknown (std::nullopt), never as 0.
#ifndef ENTENTE_DATA_UN_ROLL_CALLS_H_
#define ENTENTE_DATA_UN_ROLL_CALLS_H_

#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/status.h"

namespace entente {

struct RollCall {
  int64_t rcid = 0;
  int session = 0;
  CalendarDate date;
  std::optional<bool> important;
  std::optional<bool> amendment;
  std::optional<bool> paragraph;
  std::string unres;
  std::string short_title;
  uint8_t issues = 0;  // bit set of UnIssue, filled from the issue tags
};

// Reads every roll call, in file order. A data error names file, line,
// column and what was expected; duplicate rcids are errors.
Result<std::vector<RollCall>> LoadUnRollCalls(std::istream& in, const std::string& source);

}  // namespace entente

#endif  // ENTENTE_DATA_UN_ROLL_CALLS_H_
