// Capability columns and the notes on missing NMC data.
#include "query/power/capability_rows.h"

#include <fmt/format.h>

#include "measures/year_spells.h"

namespace entente {
namespace {

std::string SpellsText(const std::vector<int>& years) {
  std::vector<std::string> parts;
  for (const Period& p : YearSpells(years)) parts.push_back(p.ToString());
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

const std::array<CapabilityField, 7>& CapabilityFields() {
  static const std::array<CapabilityField, 7> kFields = {{
      {"cinc", &NmcRecord::cinc, 6},
      {"milex", &NmcRecord::milex, 0},
      {"milper", &NmcRecord::milper, 0},
      {"irst", &NmcRecord::irst, 0},
      {"pec", &NmcRecord::pec, 0},
      {"tpop", &NmcRecord::tpop, 0},
      {"upop", &NmcRecord::upop, 0},
  }};
  return kFields;
}

const char* CapabilityUnits() {
  return "cinc share of the system's capabilities (0-1); milex thousands of current US$ (GBP before 1914); milper "
         "thousands of personnel; irst thousands of tons of iron and steel; pec thousands of coal-ton equivalents; "
         "tpop and upop thousands of people";
}

std::string NoRecordNote(const NmcTable& nmc, const Country& c, const Period& period) {
  std::vector<int> years;
  for (int y = period.from; y <= period.to; ++y) {
    if (nmc.Find(c.ccode, y) == nullptr) years.push_back(y);
  }
  if (years.empty()) return "";
  return fmt::format("{} has no NMC record in {} (not a member of the state system then)", c.name,
                     SpellsText(years));
}

std::vector<std::string> MissingValueNotes(const NmcTable& nmc, const Country& c, const Period& period) {
  std::vector<std::string> notes;
  for (const CapabilityField& f : CapabilityFields()) {
    std::vector<int> years;
    for (int y = period.from; y <= period.to; ++y) {
      const NmcRecord* r = nmc.Find(c.ccode, y);
      if (r != nullptr && !(r->*f.member)) years.push_back(y);
    }
    if (years.empty()) continue;
    notes.push_back(fmt::format("{} is missing (NMC's -9) for {} in {}: left empty, and any total that needs it is "
                                "empty too",
                                f.column, c.name, SpellsText(years)));
  }
  return notes;
}

}  // namespace entente
