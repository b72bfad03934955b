// Ideal-point distance of two states: how far apart they stand on the one
// scale of the static ideal-point model (ideal_points.h, ideal_sessions.h).
//
// Formula: in session s, d_s = |x_a,s - x_b,s|; over several sessions, the
// mean of d_s over the sessions in which both states have a position. The
// static positions are standardised to mean 0 and variance 1 in each session,
// so d_s is in standard deviations of that session's positions; averaging
// sessions weights each session equally. Reference: the distance of ideal
// points as used by Bailey, Strezhnev and Voeten (2017), "Estimating Dynamic
// State Preferences from United Nations Voting Data", Journal of Conflict
// Resolution 61(2): 430-456.
// Degenerate input: no session with both positions gives nullopt, never 0.
#ifndef ENTENTE_MEASURES_IDEAL_DISTANCE_H_
#define ENTENTE_MEASURES_IDEAL_DISTANCE_H_

#include <optional>
#include <vector>

namespace entente {

// The two states' positions in one session; missing when a state was not
// estimated (absent, or fewer votes than the model's minimum).
struct DyadPositions {
  std::optional<double> a;
  std::optional<double> b;
};

// |a - b|, or nullopt when either is missing.
std::optional<double> IdealDistance(const DyadPositions& p);

// Mean of IdealDistance over the sessions that have one; nullopt if none.
std::optional<double> MeanIdealDistance(const std::vector<DyadPositions>& sessions);

}  // namespace entente

#endif  // ENTENTE_MEASURES_IDEAL_DISTANCE_H_
