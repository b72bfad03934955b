// Laying out the verdicts of a claim file as an answer: one row per claim
// with the evidence behind its verdict, and the claims' other measures.
#include <cmath>

#include <fmt/format.h>

#include "query/claims/claim_check.h"

namespace entente {
namespace {

// Counts as integers, other numbers as numbers, the rest as text.
Cell MeasuredCell(const Measurement& m) {
  if (m.not_checkable.empty() && m.value) {
    if (*m.value == std::floor(*m.value) && std::fabs(*m.value) < 1e15) return Cell(static_cast<int64_t>(*m.value));
    return Cell(*m.value);
  }
  return Cell(ShowMeasurement(m));
}

// Whole numbers (an exact count) as integers.
Cell EstimateCell(const std::optional<double>& v) {
  if (v && *v == std::floor(*v) && std::fabs(*v) < 1e15) return Cell(static_cast<int64_t>(*v));
  return OptionalCell(v);
}

Cell IntCell(const std::optional<int64_t>& v) { return v ? Cell(*v) : Cell(); }
Cell TextCell(const std::string& s) { return s.empty() ? Cell() : Cell(s); }

}  // namespace

Answer ClaimsAnswer(const ClaimFile& file, const std::vector<ClaimResult>& results) {
  Answer a;
  a.command = "check";
  a.title = file.title.empty() ? fmt::format("Claims in {}", file.source)
                               : fmt::format("Claims of \"{}\"{}", file.title, file.author.empty() ? "" : " (" + file.author + ")");
  a.AddFact("claim_file", file.source);
  int counts[4] = {0, 0, 0, 0};
  for (const auto& r : results) ++counts[static_cast<int>(r.verdict)];
  // The count supported is the value; the other verdicts' counts are in the text and the basis.
  a.AddFact("verdicts", counts[0], "claims supported",
            fmt::format("{} supported, {} partly supported, {} not supported, {} not checkable", counts[0], counts[1],
                        counts[2], counts[3]),
            "", fmt::format("{} claims: {} partly supported, {} not supported, {} not checkable", results.size(),
                            counts[1], counts[2], counts[3]));
  a.AddSection("claims", "Claims");
  a.AddSection("also", "Other measures of the same claims");
  // References only after both sections exist: adding one moves the others.
  Table& t = a.sections[0].table;
  Table& also = a.sections[1].table;
  a.sections[0].expanded = true;
  for (const char* c : {"id", "claim", "where", "metric", "measured", "expected", "verdict", "reason"}) t.AddColumn(c);
  // Slopes per year need more digits than shares.
  t.AddColumn("estimate", 5);
  t.AddColumn("ci_low", 5);
  t.AddColumn("ci_high", 5);
  t.AddColumn("interval");
  t.AddColumn("test");
  t.AddColumn("p_value", 4);
  t.AddColumn("n", 0);
  t.AddColumn("definition");
  t.AddColumn("basis");
  for (const char* c : {"id", "metric", "measured", "definition"}) also.AddColumn(c);
  for (const auto& r : results) {
    const Claim& c = *r.claim;
    const Evidence& ev = r.evidence;
    t.AddRow({c.id, c.text, c.where, c.metric, MeasuredCell(r.measured), r.expected,
              std::string(VerdictName(r.verdict)), r.reason, EstimateCell(ev.estimate),
              ev.interval ? Cell(ev.interval->low) : Cell(), ev.interval ? Cell(ev.interval->high) : Cell(),
              TextCell(ev.method), TextCell(ev.test), OptionalCell(ev.p_value), IntCell(ev.n), r.measured.definition,
              r.measured.basis});
    for (const auto& d : r.measured.datasets) a.UseDataset(d);
    for (const auto& [name, m] : r.shown) {
      also.AddRow({c.id, name, MeasuredCell(m), m.definition});
    }
    if (!c.note.empty()) a.notes.push_back(fmt::format("{}: {}", c.id, c.note));
  }
  return a;
}

}  // namespace entente
