// Definitions and citations of the vote measures.
#include "measures/vote_measure_registry.h"

namespace entente {

const std::vector<VoteMeasureInfo>& VoteMeasures() {
  static const std::vector<VoteMeasureInfo> kMeasures = {
      {"agree", "Share of identical votes", "#(d=0)/n over roll calls where both cast yes, abstain or no",
       "simple agreement", &AgreementScores::agree},
      {"ia", "Lijphart's index of agreement", "(#(d=0) + 0.5 #(d=1))/n, yes=1 abstain=2 no=3",
       "Lijphart (1963), APSR 57(4); Voeten's 'agreement' is ia without unanimous votes", &AgreementScores::ia},
      {"s", "Signorino and Ritter's S", "1 - 2 mean(d)/d_max (d_max 2 absolute, 4 squared), in [-1, 1]",
       "Signorino and Ritter (1999), ISQ 43(1)", &AgreementScores::s},
      {"kappa", "Cohen's kappa (Hage)", "1 - Do/De, De from each state's own choice shares",
       "Hage (2011), Political Analysis 19(3)", &AgreementScores::kappa},
      {"pi", "Scott's pi (Hage)", "1 - Do/De, De from the two states' pooled choice shares",
       "Hage (2011), Political Analysis 19(3)", &AgreementScores::pi},
  };
  return kMeasures;
}

const VoteMeasureInfo& IdealDistanceMeasure() {
  static const VoteMeasureInfo kIdealDistance = {
      "ideal_distance", "Ideal-point distance",
      "|x_a - x_b| of static ideal points per session; over sessions, the mean (where both have one)",
      "Bailey, Strezhnev and Voeten (2017), JCR 61(2); EM estimation as Imai, Lo and Olmsted (2016), APSR 110(4)",
      nullptr};
  return kIdealDistance;
}

const VoteMeasureInfo* FindVoteMeasure(std::string_view name) {
  for (const auto& m : VoteMeasures()) {
    if (name == m.name) return &m;
  }
  return nullptr;
}

std::string VoteMeasureNames() {
  std::string out;
  for (const auto& m : VoteMeasures()) out += (out.empty() ? "" : ", ") + std::string(m.name);
  return out;
}

}  // namespace entente
