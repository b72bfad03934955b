// Sen's slope: the median of the slopes between every pair of points, a
// trend estimate that one outlying year cannot drag (Sen 1968, "Estimates of
// the Regression Coefficient Based on Kendall's Tau", JASA 63(324); Theil
// 1950). It goes with the Mann-Kendall test (measures/mann_kendall.h).
//
// slope = median over i < j with x_i != x_j of (y_j - y_i) / (x_j - x_i);
// an even number of pair slopes gives the mean of the middle two.
// Degenerate input: no pair with distinct x (fewer than two points, or one x)
// gives nullopt; a constant series has slope 0.
#ifndef ENTENTE_MEASURES_SEN_SLOPE_H_
#define ENTENTE_MEASURES_SEN_SLOPE_H_

#include <optional>
#include <utility>
#include <vector>

namespace entente {

// `points` are (x, y). REQUIRES nothing: nullopt on degenerate input.
std::optional<double> SenSlope(const std::vector<std::pair<double, double>>& points);

}  // namespace entente

#endif  // ENTENTE_MEASURES_SEN_SLOPE_H_
