// Power balance: relative material capabilities of two states or coalitions.
//
// Over COW NMC values (CINC or one of its components) x_a and x_b:
//   total(S)  = sum of x_i over the members i of coalition S;
//   ratio     = x_a / x_b;
//   share_a   = x_a / (x_a + x_b), in [0, 1], A's share of the pair.
// The neorealist reading of capabilities follows Waltz (1979); CINC is Singer,
// Bremer and Stuckey (1972). Degenerate input: a missing value anywhere gives
// a missing result (never a sum that silently treats NMC's -9 as a number or
// a missing member as 0); ratio is missing when x_b = 0, share when
// x_a + x_b = 0; an empty coalition has a missing total.
#ifndef ENTENTE_MEASURES_POWER_BALANCE_H_
#define ENTENTE_MEASURES_POWER_BALANCE_H_

#include <optional>
#include <vector>

namespace entente {

// Sum of the members' values; nullopt when any is missing or there are none.
std::optional<double> CoalitionTotal(const std::vector<std::optional<double>>& values);
// a / b; nullopt when either is missing or b is 0.
std::optional<double> CapabilityRatio(std::optional<double> a, std::optional<double> b);
// a / (a + b); nullopt when either is missing or a + b is 0.
std::optional<double> CapabilityShare(std::optional<double> a, std::optional<double> b);

}  // namespace entente

#endif  // ENTENTE_MEASURES_POWER_BALANCE_H_
