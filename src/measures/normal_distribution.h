// The standard normal distribution: its cumulative distribution function and
// its quantile function, for the intervals and tests of claim verdicts.
//
// Phi(x) = (1/2) erfc(-x / sqrt(2)) (Abramowitz and Stegun 1964, Handbook of
// Mathematical Functions, 26.2.29), computed with std::erfc, accurate to a
// few units in the last place. The quantile Phi^-1(p) is found by bisection
// on Phi, so that it is the exact inverse of this Phi to within 1e-15.
// Degenerate input: NormalCdf(+-inf) is 1 or 0; NormalQuantile returns
// nullopt for p outside (0, 1) or NaN.
#ifndef ENTENTE_MEASURES_NORMAL_DISTRIBUTION_H_
#define ENTENTE_MEASURES_NORMAL_DISTRIBUTION_H_

#include <optional>

namespace entente {

// P(Z <= x) for a standard normal Z.
double NormalCdf(double x);

// The x with NormalCdf(x) = p. REQUIRES nothing: nullopt unless 0 < p < 1.
std::optional<double> NormalQuantile(double p);

}  // namespace entente

#endif  // ENTENTE_MEASURES_NORMAL_DISTRIBUTION_H_
