// The event categories and their names.
#include "core/event.h"

namespace entente {

const std::vector<EventCategoryInfo>& EventCategories() {
  static const std::vector<EventCategoryInfo> kCategories = {
      {EventCategory::kAgreement, "agreement", "treaties, accords and alliances between states, other than arms deals"},
      {EventCategory::kCrisisConflict, "crisis_conflict", "wars, attacks, standoffs, military strikes and lockdowns"},
      {EventCategory::kDefenceProcurement, "defence_procurement",
       "arms deals, deliveries, trials, co-production and embargoes on supplies"},
      {EventCategory::kDiplomacy, "diplomacy", "visits, summits, mediation, statements and recalls of envoys"},
      {EventCategory::kEconomic, "economic", "trade, investment, corridors and economic sanctions"},
      {EventCategory::kMilitaryExercise, "military_exercise", "joint exercises and training"},
      {EventCategory::kMultilateral, "multilateral",
       "the UN, the Security Council and its 1267 committee, the NSG and other forums"},
      {EventCategory::kNuclear, "nuclear", "civil nuclear cooperation, power reactors and nuclear deals"},
      {EventCategory::kPolicy, "policy", "a state's own declared strategy or doctrine"},
      {EventCategory::kSpaceTechnology, "space_technology", "satellites, launches, navigation and space programmes"},
  };
  return kCategories;
}

std::string_view CategoryName(EventCategory category) {
  for (const EventCategoryInfo& c : EventCategories()) {
    if (c.category == category) return c.name;
  }
  return {};
}

std::optional<EventCategory> ParseEventCategory(std::string_view name) {
  for (const EventCategoryInfo& c : EventCategories()) {
    if (c.name == name) return c.category;
  }
  return std::nullopt;
}

std::string_view LinkKindName(LinkKind kind) {
  switch (kind) {
    case LinkKind::kSipriDeal: return "sipri_deal";
    case LinkKind::kVetoDraft: return "veto_draft";
    case LinkKind::kReactor: return "reactor";
  }
  return {};
}

}  // namespace entente
