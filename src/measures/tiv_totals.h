// TIV totals: sums of SIPRI trend-indicator values delivered, by supplier,
// recipient and year.
//
// TIV(s -> r, t) = sum of "TIV delivery values" over the register's rows with
// supplier s, recipient r and delivery year t (millions of TIV). Reference:
// SIPRI, "Sources and methods" (https://www.sipri.org/databases/armstransfers/
// sources-and-methods). Rows whose TIV is missing (SIPRI identified no
// deliveries) add nothing and are counted apart, so a caller can say so.
// SIPRI rounds register values, so sums may differ slightly from SIPRI's own
// published totals. The register gives at most two decimals, so every total
// is rounded to kTivSumDecimals to drop binary floating-point noise
// (725.3500000000001 is written 725.35); that changes no decimal digit SIPRI
// gave.
#ifndef ENTENTE_MEASURES_TIV_TOTALS_H_
#define ENTENTE_MEASURES_TIV_TOTALS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "core/period.h"
#include "model/arms_register.h"

namespace entente {

// The rows a total covers: delivery years in `years`, and when set, one
// supplier and/or one recipient.
struct TivFilter {
  std::optional<ActorId> supplier;
  std::optional<ActorId> recipient;
  Period years;
  bool Matches(const ArmsDelivery& d) const {
    return years.Contains(d.year) && (!supplier || d.supplier == *supplier) &&
           (!recipient || d.recipient == *recipient);
  }
};

// Which side of a transfer to group by.
enum class TradeSide { kSupplier, kRecipient };

inline constexpr int kTivSumDecimals = 6;

// `tiv` rounded to kTivSumDecimals.
double RoundTivSum(double tiv);

struct TivSum {
  double tiv = 0;         // millions of TIV
  int64_t rows = 0;       // rows matched, with or without a value
  int64_t unvalued = 0;   // rows matched whose TIV is missing
};

// The total over the rows matching `filter`; zero when none match.
TivSum SumTiv(const ArmsRegister& reg, const TivFilter& filter);

// Totals per year of filter.years: element i is year filter.years.from + i.
std::vector<double> TivByYear(const ArmsRegister& reg, const TivFilter& filter);

// Totals per supplier or recipient (`side`) with at least one valued row.
std::map<ActorId, double> TivByActor(const ArmsRegister& reg, const TivFilter& filter, TradeSide side);

// Totals per supplier or recipient and year, as TivByYear for each actor with
// at least one valued row.
std::map<ActorId, std::vector<double>> TivByActorYear(const ArmsRegister& reg, const TivFilter& filter,
                                                      TradeSide side);

}  // namespace entente

#endif  // ENTENTE_MEASURES_TIV_TOTALS_H_
