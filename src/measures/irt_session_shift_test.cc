// The session-shift step on a fitted panel and on the same panel with one
// session displaced along its shift: both must reach the same optimum along
// the shifts, and no step may lower the posterior.
#include "measures/irt_session_shift.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "measures/truncated_normal.h"

namespace entente::irt_internal {
namespace irt_session_shift_test {

// Four sessions of 40 states, 30 roll calls each, the first 5 of each
// session shared with the session before.
IrtProblem Panel() {
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal;
  IrtProblem pr;
  const uint32_t kStates = 40, kSessions = 4, kItems = 30;
  pr.units = kStates * kSessions;
  pr.omega2 = 0.1;
  std::vector<double> x(kStates);
  for (double& v : x) v = normal(rng);
  std::vector<IrtItem> items;
  uint32_t next_item = 0;
  std::vector<uint32_t> prev_ids;
  for (uint32_t t = 0; t < kSessions; ++t) {
    std::vector<uint32_t> ids;
    for (uint32_t j = 0; j < kItems; ++j) {
      if (t > 0 && j < 5) {
        ids.push_back(prev_ids[j]);
        continue;
      }
      ids.push_back(next_item++);
      items.push_back(IrtItem{0.5 + normal(rng), 1.5 * normal(rng), 0.5});
    }
    for (uint32_t i = 0; i < kStates; ++i) {
      uint32_t u = t * kStates + i;
      pr.prev.push_back(t == 0 ? -1 : static_cast<int32_t>(u - kStates));
      pr.gap.push_back(1);
      pr.session.push_back(static_cast<int32_t>(t));
      for (uint32_t j = 0; j < kItems; ++j) {
        pr.votes.push_back({u, ids[j], DrawChoice(items[ids[j]], x[i] + 0.2 * t, normal(rng))});
      }
    }
    prev_ids = ids;
  }
  pr.items = next_item;
  return pr;
}

double LogPosterior(const IrtProblem& pr, const IrtFit& f) {
  double lp = LogPrior(pr, irt_internal::PrepareState(pr), f);
  for (const IrtVote& v : pr.votes) {
    const IrtItem& it = f.item[v.item];
    lp += OrdinalVoteMoments(v.choice, it.a + it.b * f.x[v.unit], std::sqrt(it.s2), true).log_p;
  }
  return lp;
}

TEST(IrtSessionShiftTest, FindsTheSameShiftsFromADisplacedSessionAndNeverLowersThePosterior) {
  IrtProblem pr = Panel();
  IrtFit start;
  start.x.assign(pr.units, 0.0);
  for (size_t u = 0; u < pr.units; ++u) start.x[u] = std::sin(static_cast<double>(u % 40));
  start.item.assign(pr.items, IrtItem{});
  IrtFit mode = FitIrt(pr, start, IrtControl{1e-9, 20000, {}});
  ASSERT_TRUE(mode.converged);

  IrtState st = PrepareState(pr);
  SessionShifts sh = PrepareSessionShifts(pr, st);
  ASSERT_EQ(sh.sessions, 4);
  EXPECT_EQ(sh.shared_votes.size(), 5u * 4u * 40u);  // 5 roll calls repeated in all 4 sessions of 40
  // Displace session 2 by +0.4, its own items so that their votes are unchanged.
  IrtFit displaced = mode;
  for (size_t u = 0; u < pr.units; ++u) {
    if (pr.session[u] == 2) displaced.x[u] += 0.4;
  }
  for (size_t j = 0; j < pr.items; ++j) {
    if (sh.item_session[j] == 2) displaced.item[j].a -= displaced.item[j].b * 0.4;
  }
  // Repeated shift steps from the fit and from the displaced fit must find
  // the same optimum along the shifts, raising the posterior at every step.
  IrtFit from_mode = mode, from_displaced = displaced, scratch;
  double last_mode = LogPosterior(pr, from_mode), last_displaced = LogPosterior(pr, from_displaced);
  ASSERT_LT(last_displaced, last_mode);
  for (int k = 0; k < 6; ++k) {
    ShiftSessions(pr, st, sh, &from_mode, &scratch);
    ShiftSessions(pr, st, sh, &from_displaced, &scratch);
    const double now_mode = LogPosterior(pr, from_mode), now_displaced = LogPosterior(pr, from_displaced);
    EXPECT_GE(now_mode, last_mode - 1e-9);
    EXPECT_GE(now_displaced, last_displaced - 1e-9);
    last_mode = now_mode, last_displaced = now_displaced;
  }
  double gap = 0;
  for (size_t u = 0; u < pr.units; ++u) gap = std::max(gap, std::abs(from_mode.x[u] - from_displaced.x[u]));
  EXPECT_LT(gap, 1e-3);
  EXPECT_NEAR(last_mode, last_displaced, 1e-6 * std::abs(last_mode));
}

}  // namespace irt_session_shift_test
}  // namespace entente::irt_internal
