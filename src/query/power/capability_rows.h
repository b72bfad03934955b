// Shared by the power and balance queries: the six NMC components and CINC by
// name, and the notes that say where NMC has no value or no record.
#ifndef ENTENTE_QUERY_POWER_CAPABILITY_ROWS_H_
#define ENTENTE_QUERY_POWER_CAPABILITY_ROWS_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/period.h"
#include "data/cow_nmc.h"

namespace entente {

struct CapabilityField {
  const char* column;  // output column, e.g. "milex"
  std::optional<double> NmcRecord::*member;
  int decimals;        // digits in the aligned view
};

// cinc, milex, milper, irst, pec, tpop, upop, in the order tables show them.
const std::array<CapabilityField, 7>& CapabilityFields();

// The units of the components, for the answer's facts.
const char* CapabilityUnits();

// "Pakistan has no NMC record in 1816-1946" for the years of `period` without
// a record of `c`; "" when it has one every year.
std::string NoRecordNote(const NmcTable& nmc, const Country& c, const Period& period);
// "milex (NMC's -9) is missing for Pakistan in 3 years (1947, 1948, 1950)..."
// for each component with missing values in the state's records; empty when none.
std::vector<std::string> MissingValueNotes(const NmcTable& nmc, const Country& c, const Period& period);

}  // namespace entente

#endif  // ENTENTE_QUERY_POWER_CAPABILITY_ROWS_H_
