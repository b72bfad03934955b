// Loader of unga/un_roll_call_issues.csv: issue tags of UN roll calls.
//
// Dataset: as unga/un_roll_calls.csv (Voeten, Strezhnev and Bailey; unvotes).
// Columns: rcid, short_name (tag code), issue (tag name). A roll call may
// carry several tags. The six codes are fixed by the dataset: me Palestinian
// conflict, nu Nuclear weapons and nuclear material, di Arms control and
// disarmament, co Colonialism, hr Human rights, ec Economic development; any
// other code, or a name that does not match its code, is a data error.
#ifndef ENTENTE_DATA_UN_ROLL_CALL_ISSUES_H_
#define ENTENTE_DATA_UN_ROLL_CALL_ISSUES_H_

#include <array>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace entente {

enum class UnIssue : uint8_t { kMe, kNu, kDi, kCo, kHr, kEc };
inline constexpr size_t kUnIssueCount = 6;

struct UnIssueInfo {
  UnIssue issue;
  const char* code;
  const char* name;
};
const std::array<UnIssueInfo, kUnIssueCount>& UnIssues();
std::optional<UnIssue> UnIssueFromCode(std::string_view code);
inline uint8_t UnIssueBit(UnIssue i) { return static_cast<uint8_t>(1u << static_cast<unsigned>(i)); }

struct RollCallIssue {
  int64_t rcid;
  UnIssue issue;
};

Result<std::vector<RollCallIssue>> LoadUnRollCallIssues(std::istream& in, const std::string& source);

}  // namespace entente

#endif  // ENTENTE_DATA_UN_ROLL_CALL_ISSUES_H_
