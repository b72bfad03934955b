// Shared scoring and description of vote queries.
#include "query/votes/vote_scores.h"

#include <algorithm>

#include <fmt/format.h>

namespace entente {

Result<MeasureList> SelectMeasures(const std::vector<std::string>& names, bool allow_ideal_distance) {
  MeasureList out;
  if (names.empty()) {
    for (const auto& m : VoteMeasures()) out.push_back(&m);
    return out;
  }
  std::vector<std::string> seen;
  for (const std::string& n : names) {
    if (std::find(seen.begin(), seen.end(), n) != seen.end()) {
      return Status::Usage(fmt::format("--measure: \"{}\" is listed twice; name each measure once", n));
    }
    seen.push_back(n);
    if (n == IdealDistanceMeasure().name) {
      if (!allow_ideal_distance) {
        return Status::Usage("--measure ideal_distance is offered by `entente votes A B`, `votes partners` and `votes "
                             "compare` only (see `entente ideal` for the positions of every state)");
      }
      out.push_back(&IdealDistanceMeasure());
      continue;
    }
    const VoteMeasureInfo* m = FindVoteMeasure(n);
    if (m == nullptr) {
      return Status::Usage(fmt::format("--measure: unknown measure \"{}\"; expected any of {}{}", n, VoteMeasureNames(),
                                       allow_ideal_distance ? ", ideal_distance" : ""));
    }
    out.push_back(m);
  }
  return out;
}

ChoiceTable TabulateDyad(const VoteMatrix& m, size_t a, size_t b, const RollCallMask& mask, const VoteFilter& f,
                         size_t begin, size_t end) {
  const uint64_t* ab[3] = {m.Bits(a, VoteChoice::kYes), m.Bits(a, VoteChoice::kAbstain), m.Bits(a, VoteChoice::kNo)};
  const uint64_t* bb[3] = {m.Bits(b, VoteChoice::kYes), m.Bits(b, VoteChoice::kAbstain), m.Bits(b, VoteChoice::kNo)};
  if (begin >= end) return ChoiceTable{};
  size_t w0 = begin / 64, w1 = (end + 63) / 64;
  ChoiceTable t;
  if (begin % 64 == 0 && (end % 64 == 0 || end == m.roll_call_count())) {
    t = CrossTabulate(ab, bb, mask.bits.data(), w0, w1);
  } else {
    // Trim the mask's edge words to [begin, end).
    uint64_t edge[2];
    uint64_t lo = ~uint64_t{0} << (begin % 64);
    uint64_t hi = end % 64 == 0 ? ~uint64_t{0} : (uint64_t{1} << (end % 64)) - 1;
    if (w1 - w0 == 1) {
      edge[0] = mask.bits[w0] & lo & hi;
      const uint64_t* a1[3] = {ab[0] + w0, ab[1] + w0, ab[2] + w0};
      const uint64_t* b1[3] = {bb[0] + w0, bb[1] + w0, bb[2] + w0};
      t = CrossTabulate(a1, b1, edge, 0, 1);
    } else {
      edge[0] = mask.bits[w0] & lo;
      edge[1] = mask.bits[w1 - 1] & hi;
      const uint64_t* a0[3] = {ab[0] + w0, ab[1] + w0, ab[2] + w0};
      const uint64_t* b0[3] = {bb[0] + w0, bb[1] + w0, bb[2] + w0};
      t = CrossTabulate(a0, b0, edge, 0, 1);
      t += CrossTabulate(ab, bb, mask.bits.data(), w0 + 1, w1 - 1);
      const uint64_t* a2[3] = {ab[0] + w1 - 1, ab[1] + w1 - 1, ab[2] + w1 - 1};
      const uint64_t* b2[3] = {bb[0] + w1 - 1, bb[1] + w1 - 1, bb[2] + w1 - 1};
      t += CrossTabulate(a2, b2, edge + 1, 0, 1);
    }
  }
  if (f.yes_no_only) t = t.YesNoOnly();
  return t;
}

AgreementScores ScoreDyad(const VoteMatrix& m, size_t a, size_t b, const RollCallMask& mask, const VoteFilter& f,
                          size_t begin, size_t end) {
  return ComputeAgreement(TabulateDyad(m, a, b, mask, f, begin, end), f.distance);
}

void AddScoreColumns(Table& table, const MeasureList& measures) {
  table.AddColumn("n", 0);
  for (const VoteMeasureInfo* m : measures) table.AddColumn(m->name, 4);
}

void AppendScores(std::vector<Cell>& row, const AgreementScores& scores, const MeasureList& measures,
                  std::optional<double> ideal_distance) {
  row.emplace_back(scores.n);
  for (const VoteMeasureInfo* m : measures) {
    row.push_back(OptionalCell(m->field != nullptr ? scores.*(m->field) : ideal_distance));
  }
}

void AddVoteFacts(Answer& answer, const VoteFilter& filter, const VoteMatrix& matrix, const MeasureList& measures,
                  std::optional<int64_t> n) {
  const std::string period = DescribePeriod(filter, matrix);
  const std::string filters = DescribeFilters(filter);
  answer.AddFact("period", period);
  answer.AddFact("filters", filters);
  const std::string n_text = "roll calls on which both states cast yes, abstain or no (absence is not a vote)";
  if (n) {
    answer.AddFact("n", static_cast<double>(*n), "roll calls", n_text, n_text,
                   fmt::format("the roll calls of {}, filters: {}", period, filters));
  } else {
    answer.AddFact("n", n_text);
  }
  for (const VoteMeasureInfo* m : measures) {
    answer.AddFact(m->name, fmt::format("{}: {} [{}]", m->title, m->definition, m->citation));
  }
}

std::string NoOverlapReason(const VoteMatrix& m, const Country& a, const Country& b, const VoteFilter& f) {
  auto years = [&](const Country& c) {
    std::optional<size_t> i = m.MemberIndex(c.ccode);
    if (!i) return fmt::format("{} cast no recorded vote", c.Label());
    auto [from, to] = m.ActiveYears(*i);
    return fmt::format("{} voted in {}-{}", c.Label(), from, to);
  };
  std::string filters = DescribeFilters(f);
  return fmt::format("{} and {} share no counted roll call in {}: {}; {}{}", a.name, b.name, DescribePeriod(f, m),
                     years(a), years(b), filters == "none" ? "" : fmt::format(" (filters: {})", filters));
}

Result<size_t> VotingMember(const VoteMatrix& m, const Country& c) {
  std::optional<size_t> i = m.MemberIndex(c.ccode);
  if (!i) return Status::Usage(fmt::format("{} cast no vote in the UN General Assembly record", c.Label()));
  return *i;
}

}  // namespace entente
