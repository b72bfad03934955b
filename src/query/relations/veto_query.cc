// Vetoed Security Council drafts and counts per member.
#include "query/relations/veto_query.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/text.h"
#include "data/unsc_vetoes.h"
#include "query/query_args.h"

namespace entente {
namespace {

// Where the loader credits a "China" veto cast before 25 October 1971.
constexpr CowCode kRepublicOfChina{713};

bool Mentions(const Veto& v, const std::string& needle) {
  for (const std::string* field : {&v.agenda_item, &v.topic, &v.region}) {
    if (ToLower(*field).find(needle) != std::string::npos) return true;
  }
  return false;
}

bool CastBy(const Veto& v, CowCode ccode) {
  return std::any_of(v.by.begin(), v.by.end(), [&](const VetoCaster& c) { return c.ccode == ccode; });
}

std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// What the drafts counted were selected on: the years, the member, the topic.
std::string DraftsBasis(const Period& period, const Country* by, const std::optional<std::string>& topic) {
  std::string basis = fmt::format("drafts vetoed in {}", period.ToString());
  if (by) basis += fmt::format(" by {}", by->Label());
  if (topic) basis += fmt::format(" mentioning \"{}\"", *topic);
  return basis;
}

}  // namespace

Result<Answer> VetoQuery(Workspace& ws, const VetoRequest& request) {
  auto reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  const Country* by = nullptr;
  if (request.by) {
    auto c = ws.ResolveCountry(*request.by);
    if (!c.ok()) return c.status();
    by = *c;
  }
  Answer answer;
  answer.command = "vetoes";
  answer.title = by ? fmt::format("Security Council drafts vetoed by {}", by->name)
                    : std::string("Security Council drafts vetoed by the permanent members");
  Result<Period> period = CoveredYears(ws, "unsc_vetoes", request.years, &answer);
  if (!period.ok()) return period.status();
  if (by) answer.AddFact("vetoed_by", by->Label());
  if (request.topic) answer.AddFact("topic", fmt::format("\"{}\" in agenda item, topic or region", *request.topic));
  auto path = ws.DatasetPath("unsc_vetoes");
  if (!path.ok()) return path.status();
  auto vetoes = ws.LoadOnce<std::vector<Veto>>("unsc_vetoes", [&] { return LoadUnscVetoes(*path, **reg); });
  if (!vetoes.ok()) return vetoes.status();

  const std::string needle = request.topic ? ToLower(*request.topic) : std::string();
  std::vector<const Veto*> found;
  for (const Veto& v : **vetoes) {
    if (!period->Contains(v.date.year)) continue;
    if (by && !CastBy(v, by->ccode)) continue;
    if (request.topic && !Mentions(v, needle)) continue;
    found.push_back(&v);
  }
  if (found.empty()) {
    std::string who = by ? by->Label() + " cast no veto" : std::string("no veto was cast");
    std::string what = request.topic ? fmt::format(" on a draft mentioning \"{}\"", *request.topic) : std::string();
    answer.no_rows = fmt::format("{}{} in {} (the list covers the permanent members, February 1946 to "
                                        "September 2022)", who, what, period->ToString());
  }
  std::stable_sort(found.begin(), found.end(), [](const auto* x, const auto* y) { return x->date < y->date; });

  Table& t = answer.AddSection("vetoes", "Vetoed drafts");
  for (const char* col : {"date", "year", "draft", "meeting_record", "agenda_item", "topic", "region", "vetoers",
                          "vetoed_by"}) {
    t.AddColumn(col);
  }
  // One row per draft above; one per veto cast (draft and member) here, so
  // that a draft vetoed by two members has a key for each.
  Table casts;
  for (const char* col : {"date", "year", "draft"}) casts.AddColumn(col);
  AddStateColumns(casts);
  std::map<CowCode, int64_t> counts;
  bool roc = false;
  for (const Veto* v : found) {
    std::vector<std::string> names;
    for (const VetoCaster& c : v->by) {
      const Country* country = (*reg)->Find(c.ccode);
      names.push_back(country ? country->IdentityIn(v->date.year)->name : c.listed_as);
      ++counts[c.ccode];
      roc = roc || c.ccode == kRepublicOfChina;
      std::vector<Cell> row{Cell(v->date.ToIso()), Cell(int64_t{v->date.year}), Cell(v->draft)};
      AppendStateCells(row, country, v->date.year);
      if (!country) row[3] = CcodeCell(c.ccode);
      casts.AddRow(std::move(row));
    }
    t.AddRow({Cell(v->date.ToIso()), Cell(int64_t{v->date.year}), Cell(v->draft), Cell(OneLine(v->meeting_record)),
              Cell(v->agenda_item), v->topic.empty() ? Cell() : Cell(v->topic),
              v->region.empty() ? Cell() : Cell(v->region), Cell(static_cast<int64_t>(v->by.size())),
              Cell(fmt::format("{}", fmt::join(names, ", ")))});
  }
  answer.AddSection("casts", "Vetoes cast, one row per draft and member") = std::move(casts);
  Table& c = answer.AddSection("counts", "Vetoes per member among these drafts");
  AddStateColumns(c);
  c.AddColumn("name");
  c.AddColumn("vetoes");
  for (const auto& [ccode, n] : counts) {
    const Country* country = (*reg)->Find(ccode);
    std::vector<Cell> row;
    AppendStateCells(row, country, period->to);
    if (!country) row[0] = CcodeCell(ccode);
    row.push_back(country ? Cell(country->name) : Cell());
    row.emplace_back(n);
    c.AddRow(std::move(row));
  }
  answer.AddFact("drafts", static_cast<double>(found.size()), "drafts", std::to_string(found.size()),
                 "Security Council drafts vetoed", DraftsBasis(*period, by, request.topic));
  answer.notes.push_back("the USSR and Russia share COW code 365 (RUS); a draft vetoed by several members counts once "
                         "for each");
  answer.notes.push_back("the seat listed as China was the Republic of China's (TWN, 713) until 25 October 1971; "
                         "from that day it is the People's Republic's (CHN, 710)");
  if (roc) answer.notes.push_back("vetoes credited to TWN (713) here are listed as China in the source");
  answer.UseDataset(ws.Ref("unsc_vetoes"));
  answer.UseDataset(ws.Ref("codelist"));
  return answer;
}

}  // namespace entente
