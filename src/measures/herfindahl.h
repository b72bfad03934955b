// Herfindahl-Hirschman index: how concentrated a recipient's arms imports are
// among its suppliers.
//
// HHI = sum_i s_i^2, with s_i = v_i / sum_j v_j the share of supplier i; it
// lies in (0, 1]: 1 for a single supplier, 1/n for n equal ones. The effective
// number of suppliers is 1 / HHI. References: Hirschman (1945), National Power
// and the Structure of Foreign Trade; Herfindahl (1950), Concentration in the
// U.S. Steel Industry. Returns nullopt when the total is zero (no deliveries)
// or a volume is negative.
#ifndef ENTENTE_MEASURES_HERFINDAHL_H_
#define ENTENTE_MEASURES_HERFINDAHL_H_

#include <optional>
#include <vector>

namespace entente {

std::optional<double> HerfindahlIndex(const std::vector<double>& volumes);

// 1 / HHI; nullopt when the index is.
std::optional<double> EffectiveNumber(const std::optional<double>& hhi);

}  // namespace entente

#endif  // ENTENTE_MEASURES_HERFINDAHL_H_
