// The report's relations part: compact facts with years on alliances, shared
// organisations, contiguity, rivalry, disputes, Security Council vetoes on
// the pair's questions and nuclear power cooperation.
#include <set>

#include <fmt/format.h>

#include "query/relations/alliance_query.h"
#include "query/relations/contiguity_query.h"
#include "query/relations/dispute_query.h"
#include "query/relations/igo_all_dyads.h"
#include "query/relations/igo_query.h"
#include "query/relations/nuclear_query.h"
#include "query/relations/rivalry_query.h"
#include "query/relations/veto_query.h"
#include "query/report/report_parts.h"

namespace entente {
namespace {

DyadRequest PairRequest(const ReportContext& ctx) {
  return DyadRequest{std::to_string(ctx.a->ccode.value), std::to_string(ctx.b->ccode.value),
                     YearFlags{ctx.period.from, ctx.period.to}};
}

// For questions whose answer may be "none": a not-found answer is a fact
// (no alliance, no dispute), recorded with the dataset that says so.
std::optional<Answer> TakeOrNone(ReportContext& ctx, ReportPart& part, Result<Answer> result, const char* label,
                                 const char* dataset) {
  result = NoRowsAsNotFound(std::move(result));
  if (!result.ok() && result.status().code() == Status::Code::kNotFound) {
    part.facts.push_back(ReportFact{label, "none: " + result.status().message()});
    ctx.UseDataset(part, dataset);
    return std::nullopt;
  }
  return ctx.Take(part, std::move(result));
}

std::string Years(const Cell& from, const Cell& to) {
  std::string f = TextCell(from), t = TextCell(to);
  return f == t ? f : f + "-" + t;
}

void AddAlliances(ReportContext& ctx, ReportPart& part) {
  std::optional<Answer> answer =
      TakeOrNone(ctx, part, AllianceQuery(ctx.ws, PairRequest(ctx)), "Alliance pledges (ATOP)", "atop_alliance");
  if (!answer) return;
  const Table& t = FindSection(*answer, "obligations")->table;
  if (t.empty()) {
    part.facts.push_back(ReportFact{"Alliance pledges (ATOP)", "none in " + answer->FactText("period").value_or("")});
    return;
  }
  for (const auto& row : t.rows) {
    part.facts.push_back(ReportFact{
        fmt::format("Alliance pledge (ATOP): {}", TextCell(row[*ColumnIndex(t, "obligation")])),
        fmt::format("{} toward {}, {}", TextCell(row[*ColumnIndex(t, "iso3_1")]), TextCell(row[*ColumnIndex(t, "iso3_2")]),
                    Years(row[*ColumnIndex(t, "from")], row[*ColumnIndex(t, "to")]))});
  }
}

void AddOrganisations(ReportContext& ctx, ReportPart& part) {
  std::optional<Answer> answer =
      TakeOrNone(ctx, part, IgoQuery(ctx.ws, PairRequest(ctx)), "Shared IGO memberships (COW IGO)", "cow_igo");
  if (!answer || answer->sections.empty() || answer->sections.front().table.empty()) return;
  const Table& t = answer->sections.front().table;
  size_t year = *ColumnIndex(t, "year"), shared = *ColumnIndex(t, "dyadigos");
  const auto& first = t.rows.front();
  const auto& last = t.rows.back();
  part.facts.push_back(ReportFact{
      "Shared IGO memberships (COW IGO)",
      fmt::format("{} in {}, {} in {}{}", TextCell(first[shared]), TextCell(first[year]), TextCell(last[shared]),
                  TextCell(last[year]),
                  answer->FactText("peak") ? "; peak " + *answer->FactText("peak") : std::string())});
  // The headline: the last year of the period COW IGO covers, against every dyad of that year.
  const std::optional<double> count = NumberCell(last[shared]);
  const std::string last_year = TextCell(last[year]);
  if (!count) return;
  Result<std::vector<double>> all = SharedIgosOfEveryDyad(ctx.ws, std::stoi(last_year));
  if (!all.ok()) {
    ctx.fatal = all.status();
    return;
  }
  std::optional<HeadlinePercentile> percentile =
      PercentileAmong(ctx, *all, *count, fmt::format("dyads COW IGO lists in {}", last_year));
  ctx.report.summary.push_back(Headline{
      "Shared IGO memberships", last[shared], TextCell(last[shared]),
      fmt::format("organisations with both as full members{}", PercentileDetail(percentile)),
      "dyadigos: intergovernmental organisations in which both are full members (COW IGO)", last_year, "cow_igo",
      percentile});
}

void AddContiguity(ReportContext& ctx, ReportPart& part) {
  std::optional<Answer> answer =
      TakeOrNone(ctx, part, ContiguityQuery(ctx.ws, PairRequest(ctx)), "Contiguity (COW)", "cow_contdir");
  if (!answer || answer->sections.empty()) return;
  const Table& t = answer->sections.front().table;
  for (const auto& row : t.rows) {
    part.facts.push_back(ReportFact{"Contiguity (COW)", fmt::format("{}, {} to {}",
                                                                    TextCell(row[*ColumnIndex(t, "contiguity")]),
                                                                    TextCell(row[*ColumnIndex(t, "start")]),
                                                                    TextCell(row[*ColumnIndex(t, "end")]))});
  }
}

void AddRivalry(ReportContext& ctx, ReportPart& part) {
  std::optional<Answer> answer = TakeOrNone(ctx, part, RivalryQuery(ctx.ws, PairRequest(ctx)),
                                            "Strategic rivalry (Thompson and Dreyer)", "td_rivalries");
  if (!answer || answer->sections.empty()) return;
  const Table& t = answer->sections.front().table;
  for (const auto& row : t.rows) {
    part.facts.push_back(ReportFact{
        "Strategic rivalry (Thompson and Dreyer)",
        fmt::format("{}, {} ({})", TextCell(row[*ColumnIndex(t, "name")]),
                    Years(row[*ColumnIndex(t, "from")], row[*ColumnIndex(t, "to")]),
                    TextCell(row[*ColumnIndex(t, "types")]))});
  }
}

void AddDisputes(ReportContext& ctx, ReportPart& part) {
  std::optional<Answer> answer = TakeOrNone(ctx, part, DisputeQuery(ctx.ws, PairRequest(ctx)),
                                            "Militarised disputes (COW MID)", "cow_mid");
  if (!answer) return;
  const Section* s = FindSection(*answer, "disputes");
  if (!s || s->table.empty()) return;
  const Table& t = s->table;
  std::map<std::string, int> by_hostility;
  // Rows are ordered by start; the last to end need not be the last row.
  const Cell* last_to = &t.rows.front()[*ColumnIndex(t, "to")];
  for (const auto& row : t.rows) {
    ++by_hostility[TextCell(row[*ColumnIndex(t, "hostility")])];
    const Cell& to = row[*ColumnIndex(t, "to")];
    if (NumberCell(to).value_or(0) > NumberCell(*last_to).value_or(0)) last_to = &to;
  }
  std::vector<std::string> counts;
  for (const auto& [h, n] : by_hostility) counts.push_back(fmt::format("{} {}", n, h));
  part.facts.push_back(ReportFact{
      "Militarised disputes (COW MID)",
      fmt::format("{} from {} to {} (highest hostility: {})", t.rows.size(), TextCell(t.rows.front()[*ColumnIndex(t, "from")]),
                  TextCell(*last_to), fmt::join(counts, ", "))});
  AddTable(part, "disputes", "Militarised disputes between the pair", t);
}

// Vetoes cast by either state, and vetoes by anyone on an agenda naming either.
void AddVetoes(ReportContext& ctx, ReportPart& part) {
  Table vetoes;
  std::set<std::string> seen;  // draft and vetoing member
  auto merge = [&](VetoRequest req) {
    Result<Answer> result = NoRowsAsNotFound(VetoQuery(ctx.ws, req));
    if (!result.ok() && result.status().code() == Status::Code::kNotFound) return;
    std::optional<Answer> answer = ctx.Take(part, std::move(result));
    if (!answer) return;
    const Section* s = FindSection(*answer, "vetoes");
    if (!s) return;
    if (vetoes.columns.empty()) vetoes.columns = s->table.columns;
    size_t draft = *ColumnIndex(s->table, "draft"), by = *ColumnIndex(s->table, "vetoed_by");
    for (const auto& row : s->table.rows) {
      if (seen.insert(TextCell(row[draft]) + "/" + TextCell(row[by])).second) vetoes.rows.push_back(row);
    }
  };
  YearFlags years{ctx.period.from, ctx.period.to};
  for (const Country* c : {ctx.a, ctx.b}) merge(VetoRequest{std::to_string(c->ccode.value), years, std::nullopt});
  for (const Country* c : {ctx.a, ctx.b}) merge(VetoRequest{std::nullopt, years, c->name});
  if (!ctx.fatal.ok()) return;
  std::sort(vetoes.rows.begin(), vetoes.rows.end(),
            [](const auto& x, const auto& y) { return TextCell(x[0]) < TextCell(y[0]); });
  ctx.UseDataset(part, "unsc_vetoes");
  if (vetoes.empty()) {
    part.facts.push_back(ReportFact{"Security Council vetoes", fmt::format(
        "none cast by {} or {}, and none on an agenda naming either, in {}", ctx.a->name, ctx.b->name,
        ctx.period.ToString())});
    return;
  }
  part.facts.push_back(ReportFact{
      "Security Council vetoes",
      fmt::format("{} drafts vetoed by {} or {}, or on an agenda naming either; the first on {} ({})",
                  vetoes.rows.size(), ctx.a->name, ctx.b->name, TextCell(vetoes.rows.front()[0]),
                  TextCell(vetoes.rows.front()[*ColumnIndex(vetoes, "agenda_item")]))});
  AddTable(part, "vetoes", "Security Council vetoes cast by either state or on an agenda naming either", vetoes);
}

// Reactors in one state whose design comes from the other.
void AddNuclear(ReportContext& ctx, ReportPart& part, const Country& host, const Country& vendor) {
  Result<Answer> result = NoRowsAsNotFound(NuclearQuery(ctx.ws, NuclearRequest{std::to_string(host.ccode.value)}));
  if (!result.ok() && result.status().code() == Status::Code::kNotFound) return;
  std::optional<Answer> answer = ctx.Take(part, std::move(result));
  if (!answer) return;
  const Section* s = FindSection(*answer, "reactors");
  if (!s) return;
  Table t;
  t.columns = s->table.columns;
  size_t supplier = *ColumnIndex(t, "supplier_ccode"), status = *ColumnIndex(t, "status");
  size_t capacity = *ColumnIndex(t, "capacity_mwe");
  int operating = 0;
  double mwe = 0;
  for (const auto& row : s->table.rows) {
    if (NumberCell(row[supplier]) != static_cast<double>(vendor.ccode.value)) continue;
    t.rows.push_back(row);
    if (TextCell(row[status]) == "Operational") {
      ++operating;
      mwe += NumberCell(row[capacity]).value_or(0);
    }
  }
  if (t.empty()) return;
  part.facts.push_back(ReportFact{
      fmt::format("Nuclear power reactors in {} designed in {}", host.name, vendor.name),
      fmt::format("{} listed, {} operating with {} MWe", t.rows.size(), operating, mwe)});
  AddTable(part, fmt::format("reactors_{}", host.ccode.value),
           fmt::format("Nuclear power reactors in {} designed in {}", host.name, vendor.name), t);
}

}  // namespace

ReportPart BuildRelationsPart(ReportContext& ctx) {
  ReportPart part;
  part.name = "relations";
  part.title = "Alliances, organisations, rivalry, disputes, vetoes and nuclear cooperation";
  using Step = void (*)(ReportContext&, ReportPart&);
  for (Step step : {AddAlliances, AddOrganisations, AddContiguity, AddRivalry, AddDisputes, AddVetoes}) {
    step(ctx, part);
    if (!ctx.fatal.ok()) return part;
  }
  AddNuclear(ctx, part, *ctx.a, *ctx.b);
  AddNuclear(ctx, part, *ctx.b, *ctx.a);
  if (std::none_of(part.facts.begin(), part.facts.end(),
                   [](const ReportFact& f) { return f.label.starts_with("Nuclear"); })) {
    part.facts.push_back(ReportFact{"Nuclear power cooperation",
                                    fmt::format("no reactor in {} designed in {}, nor the other way round (GeoNuclearData)",
                                                ctx.a->name, ctx.b->name)});
    ctx.UseDataset(part, "nuclear_plants");
  }
  return part;
}

}  // namespace entente
