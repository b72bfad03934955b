// Building roll-call masks from filters.
#include "query/votes/vote_filter.h"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "core/text.h"

namespace entente {

Result<uint8_t> ParseIssueCodes(const std::string& codes) {
  uint8_t bits = 0;
  std::stringstream in(codes);
  std::string code;
  while (std::getline(in, code, ',')) {
    std::string c = ToLower(code);
    std::optional<UnIssue> issue = UnIssueFromCode(c);
    if (!issue) {
      std::string known;
      for (const auto& i : UnIssues()) known += fmt::format("{}{} ({})", known.empty() ? "" : ", ", i.code, i.name);
      return Status::Usage(fmt::format("--issue: unknown issue tag \"{}\"; expected any of {}", code, known));
    }
    bits |= UnIssueBit(*issue);
  }
  if (bits == 0) return Status::Usage("--issue: expected one or more tags, e.g. nu,hr");
  return bits;
}

Result<std::pair<int, int>> ParseSessions(const std::string& text) {
  size_t dash = text.find('-');
  int a = 0, b = 0;
  bool ok = dash == std::string::npos ? ParseInt(text, &a) && (b = a, true)
                                      : ParseInt(text.substr(0, dash), &a) && ParseInt(text.substr(dash + 1), &b);
  if (!ok || a <= 0 || b <= 0) return Status::Usage(fmt::format("--sessions: got \"{}\", expected FIRST-LAST, e.g. 26-72", text));
  if (a > b) return Status::Usage(fmt::format("--sessions {}: the first session comes after the last", text));
  return std::make_pair(a, b);
}

Status ValidateFilter(const VoteFilter& f, const VoteMatrix& m) {
  if (f.years && f.years->from > f.years->to) {
    return Status::Usage(fmt::format("--from {} is after --to {}", f.years->from, f.years->to));
  }
  if (f.years && (f.years->to < m.first_year() || f.years->from > m.last_year())) {
    return Status::Usage(fmt::format("no UN General Assembly roll call in {}: the votes cover {}-{}",
                                     f.years->ToString(), m.first_year(), m.last_year()));
  }
  if (f.sessions) {
    int first = m.roll_calls().front().session, last = 0;
    for (const RollCall& rc : m.roll_calls()) last = std::max(last, rc.session), first = std::min(first, rc.session);
    if (f.sessions->second < first || f.sessions->first > last) {
      return Status::Usage(fmt::format("no roll call in sessions {}-{}: the votes cover sessions {}-{}",
                                       f.sessions->first, f.sessions->second, first, last));
    }
  }
  return Status::Ok();
}

RollCallMask BuildMask(const VoteMatrix& m, const VoteFilter& f) {
  RollCallMask mask;
  mask.bits.assign(m.words(), 0);
  for (size_t i = 0; i < m.roll_call_count(); ++i) {
    const RollCall& rc = m.roll_call(i);
    if (f.years && !f.years->Contains(rc.date.year)) continue;
    if (f.sessions && (rc.session < f.sessions->first || rc.session > f.sessions->second)) continue;
    if (f.issues && (rc.issues & f.issues) == 0) continue;
    if (f.important_only && rc.important != true) continue;
    if (f.exclude_amendments && rc.amendment == true) continue;
    if (f.exclude_paragraphs && rc.paragraph == true) continue;
    if (f.exclude_unanimous) {
      const auto& c = m.Counts(i);
      int kinds = (c[0] > 0) + (c[1] > 0) + (c[2] > 0);
      if (kinds <= 1) continue;
    }
    mask.bits[i / 64] |= uint64_t{1} << (i % 64);
    ++mask.count;
  }
  return mask;
}

RollCallMask RestrictMask(const RollCallMask& mask, size_t begin, size_t end) {
  RollCallMask out;
  out.bits.assign(mask.bits.size(), 0);
  for (size_t i = begin; i < end; ++i) {
    if (mask.bits[i / 64] >> (i % 64) & 1) {
      out.bits[i / 64] |= uint64_t{1} << (i % 64);
      ++out.count;
    }
  }
  return out;
}

std::string DescribePeriod(const VoteFilter& f, const VoteMatrix& m) {
  if (f.sessions) return fmt::format("sessions {}-{}", f.sessions->first, f.sessions->second);
  // The years asked for, within the roll calls' (an open --to is not 2100).
  if (f.years) return Period{std::max(f.years->from, m.first_year()), std::min(f.years->to, m.last_year())}.ToString();
  return fmt::format("{}-{} (all roll calls)", m.first_year(), m.last_year());
}

std::string DescribeFilters(const VoteFilter& f) {
  std::vector<std::string> parts;
  if (f.issues) {
    std::vector<std::string> codes;
    for (const auto& i : UnIssues()) {
      if (f.issues & UnIssueBit(i.issue)) codes.push_back(i.code);
    }
    parts.push_back(fmt::format("issues {} (any)", fmt::join(codes, ",")));
  }
  if (f.important_only) parts.push_back("important votes only");
  if (f.exclude_amendments) parts.push_back("amendments excluded");
  if (f.exclude_paragraphs) parts.push_back("paragraph votes excluded");
  if (f.exclude_unanimous) parts.push_back("unanimous roll calls excluded");
  if (f.yes_no_only) parts.push_back("yes/no only (both voted yes or no)");
  if (f.distance == Distance::kSquared) parts.push_back("squared distance");
  return parts.empty() ? "none" : fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace entente
