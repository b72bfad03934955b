// Loader of unga/identical_resolutions.csv: pairs of UN General Assembly roll
// calls on identical resolutions in different sessions.
//
// Dataset: Michael A. Bailey, Anton Strezhnev and Erik Voeten (2017),
// "Estimating Dynamic State Preferences from United Nations Voting Data",
// Journal of Conflict Resolution 61(2): 430-456, replication materials
// (Data/Matches.csv), 955 pairs.
// Columns: v1 (row number, positive integer), rcid1, rcid2 (roll-call ids of
// unga/un_roll_calls.csv). The dynamic ideal points give both roll calls of a
// pair the same item parameters.
// Quirks: 8 pairs name a roll call that is not in un_roll_calls.csv; they are
// loaded as they are, and the query that links roll calls reports them.
#ifndef ENTENTE_DATA_UN_IDENTICAL_RESOLUTIONS_H_
#define ENTENTE_DATA_UN_IDENTICAL_RESOLUTIONS_H_

#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/status.h"

namespace entente {

struct IdenticalResolutionPair {
  int64_t rcid1 = 0;
  int64_t rcid2 = 0;
};

// Reads every pair, in file order. A roll-call id that is not a positive
// integer, or a pair naming one roll call twice, is a data error with file,
// line, column and the bad text.
Result<std::vector<IdenticalResolutionPair>> LoadUnIdenticalResolutions(std::istream& in, const std::string& source);
Result<std::vector<IdenticalResolutionPair>> LoadUnIdenticalResolutions(const std::filesystem::path& path,
                                                                        const std::string& source);

}  // namespace entente

#endif  // ENTENTE_DATA_UN_IDENTICAL_RESOLUTIONS_H_
