// The fitted ordered probit's probability of a vote, for the benchmarks that
// score fits on votes (held-out votes, real against simulated votes).
#ifndef ENTENTE_BENCH_IRT_CHOICE_PROBABILITY_H_
#define ENTENTE_BENCH_IRT_CHOICE_PROBABILITY_H_

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "measures/ideal_points.h"

namespace entente::bench {

inline double Phi(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Probability of `choice` (0 no, 1 abstain, 2 yes) at the linear predictor
// a + b x (cut-points 0 and 1); *best, if given, gets the most probable choice.
inline double ChoiceProbability(const IrtItem& it, double x, uint8_t choice, uint8_t* best = nullptr) {
  const double eta = it.a + it.b * x, sd = std::sqrt(it.s2);
  const double p_no = Phi(-eta / sd), p_yes = Phi((eta - 1.0) / sd), p_abs = std::max(0.0, 1.0 - p_no - p_yes);
  const double p[3] = {p_no, p_abs, p_yes};
  if (best != nullptr) *best = static_cast<uint8_t>(p[2] >= p[1] && p[2] >= p[0] ? 2 : (p[1] >= p[0] ? 1 : 0));
  return p[choice];
}

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_IRT_CHOICE_PROBABILITY_H_
