// Parsing the issue tags.
#include "data/un_roll_call_issues.h"

#include <fmt/format.h>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {

const std::array<UnIssueInfo, kUnIssueCount>& UnIssues() {
  static const std::array<UnIssueInfo, kUnIssueCount> kIssues = {{
      {UnIssue::kMe, "me", "Palestinian conflict"},
      {UnIssue::kNu, "nu", "Nuclear weapons and nuclear material"},
      {UnIssue::kDi, "di", "Arms control and disarmament"},
      {UnIssue::kCo, "co", "Colonialism"},
      {UnIssue::kHr, "hr", "Human rights"},
      {UnIssue::kEc, "ec", "Economic development"},
  }};
  return kIssues;
}

std::optional<UnIssue> UnIssueFromCode(std::string_view code) {
  for (const auto& i : UnIssues()) {
    if (code == i.code) return i.issue;
  }
  return std::nullopt;
}

Result<std::vector<RollCallIssue>> LoadUnRollCallIssues(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  size_t col[3];
  const char* names[] = {"rcid", "short_name", "issue"};
  for (size_t i = 0; i < 3; ++i) {
    Result<size_t> c = reader.ColumnIndex(names[i]);
    if (!c.ok()) return c.status();
    col[i] = *c;
  }
  std::vector<RollCallIssue> out;
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    long long rcid = 0;
    if (!ParseInt64(rec.text(col[0]), &rcid) || rcid <= 0) return reader.FieldError(rec, col[0], "a positive roll-call id");
    std::optional<UnIssue> issue = UnIssueFromCode(rec.text(col[1]));
    if (!issue) return reader.FieldError(rec, col[1], "one of me, nu, di, co, hr, ec");
    if (rec.text(col[2]) != UnIssues()[static_cast<size_t>(*issue)].name) {
      return reader.FieldError(rec, col[2], fmt::format("\"{}\" for code {}", UnIssues()[static_cast<size_t>(*issue)].name,
                                                        rec.text(col[1])));
    }
    out.push_back(RollCallIssue{rcid, *issue});
  }
  return out;
}

}  // namespace entente
