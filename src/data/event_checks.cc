// Link and id checks over event records.
#include "data/event_checks.h"

#include <map>

#include <fmt/format.h>

namespace entente {
namespace {

struct LinkTarget {
  const std::set<std::string, std::less<>>* ids;
  const char* field;
  const char* dataset;
  const char* column;
};

LinkTarget TargetOf(LinkKind kind, const DatasetIds& ids) {
  switch (kind) {
    case LinkKind::kSipriDeal:
      return {&ids.sipri_deals, "sipri_deals", "sipri/trade_register.csv", "SIPRI AT Database ID"};
    case LinkKind::kVetoDraft:
      return {&ids.veto_drafts, "veto_drafts", "unsc/unsc_vetoes_1946_sept2022.csv", "draft"};
    case LinkKind::kReactor:
      return {&ids.reactors, "reactors", "nuclear/nuclear_power_plants.csv", "Name or IAEAId"};
  }
  return {&ids.reactors, "", "", ""};
}

}  // namespace

void CheckEventLinks(const EventRecord& record, const DatasetIds& ids, RecordProblems* problems) {
  for (const Event& e : record.events) {
    for (const EventLink& link : e.links) {
      LinkTarget target = TargetOf(link.kind, ids);
      if (target.ids->count(link.id) > 0) continue;
      problems->Add(record.source, link.where,
                    fmt::format("event \"{}\": field \"links.{}\": got \"{}\", expected a {} of {}; no row has it",
                                e.id, target.field, link.id, target.column, target.dataset));
    }
  }
}

void CheckDistinctIds(const std::vector<EventRecord>& records, RecordProblems* problems) {
  std::map<std::string, const Event*, std::less<>> first;
  for (const EventRecord& record : records) {
    for (const Event& e : record.events) {
      if (e.id.empty()) continue;  // already reported as missing
      auto [it, inserted] = first.emplace(e.id, &e);
      if (inserted) continue;
      const Event& earlier = *it->second;
      problems->Add(record.source, e.where,
                    fmt::format("field \"id\": \"{}\" is already the id of the event at {}:{}:{}; expected a unique id",
                                e.id, earlier.record, earlier.where.line, earlier.where.column));
    }
  }
}

Result<std::vector<EventRecord>> BuildEventRecords(const std::vector<EventRecordText>& texts,
                                                   const CountryRegistry& registry, const DatasetIds& ids) {
  RecordProblems problems;
  std::vector<EventRecord> records;
  for (const EventRecordText& t : texts) {
    records.push_back(ParseEventRecord(t.text, t.source, registry, &problems));
    CheckEventLinks(records.back(), ids, &problems);
  }
  CheckDistinctIds(records, &problems);
  if (!problems.empty()) return problems.ToStatus();
  return records;
}

}  // namespace entente
