// Agreement measures of two states' UN votes, from their ChoiceTable.
//
// With choices coded yes 1, abstain 2, no 3, d = |x - y| on each of the n roll
// calls where both cast a vote (or d = (x - y)^2 with Distance::kSquared):
// - agree: share of roll calls with d = 0.
// - ia: Lijphart's index of agreement, (#(d=0) + 0.5 #(|x-y|=1)) / n
//   (Lijphart 1963, "The Analysis of Bloc Voting in the General Assembly",
//   APSR 57(4)); Voeten's published "agreement" is ia without unanimous votes.
// - s: Signorino and Ritter's S, unweighted, 1 - 2 mean(d) / d_max with d_max
//   = 2 (absolute) or 4 (squared); in [-1, 1] (Signorino and Ritter 1999,
//   "Tau-b or Not Tau-b", ISQ 43(1)).
// - kappa: Cohen's kappa as adapted by Hage (2011), 1 - Do/De with Do =
//   mean(d) and De = sum_i sum_j pa(i) pb(j) d(i, j), pa and pb each state's
//   own shares of the three choices over these roll calls (Hage 2011,
//   "Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity
//   for Chance Agreement", Political Analysis 19(3)).
// - pi: Scott's pi (Hage 2011): as kappa with the pooled shares (pa + pb) / 2
//   for both states.
// Degenerate input: n = 0 leaves every measure missing; De = 0 (both states
// always cast one and the same choice) leaves kappa and pi missing. Missing
// values are std::nullopt, never 0 and never NaN.
#ifndef ENTENTE_MEASURES_VOTE_AGREEMENT_H_
#define ENTENTE_MEASURES_VOTE_AGREEMENT_H_

#include <optional>

#include "measures/choice_table.h"

namespace entente {

enum class Distance { kAbsolute, kSquared };

struct AgreementScores {
  int64_t n = 0;
  std::optional<double> agree;
  std::optional<double> ia;
  std::optional<double> s;
  std::optional<double> kappa;
  std::optional<double> pi;
};

AgreementScores ComputeAgreement(const ChoiceTable& table, Distance distance = Distance::kAbsolute);

}  // namespace entente

#endif  // ENTENTE_MEASURES_VOTE_AGREEMENT_H_
