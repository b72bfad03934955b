// The five agreement measures over one choice table.
#include "measures/vote_agreement.h"

#include <cstdlib>

namespace entente {

AgreementScores ComputeAgreement(const ChoiceTable& t, Distance distance) {
  AgreementScores out;
  out.n = t.n();
  if (out.n == 0) return out;
  const double n = static_cast<double>(out.n);
  auto d = [distance](int i, int j) {
    int a = std::abs(i - j);
    return static_cast<double>(distance == Distance::kSquared ? a * a : a);
  };
  const double d_max = distance == Distance::kSquared ? 4.0 : 2.0;
  int64_t same = 0, one_apart = 0;
  double sum_d = 0;
  double pa[3] = {0, 0, 0}, pb[3] = {0, 0, 0};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      int64_t c = t.count[static_cast<size_t>(i)][static_cast<size_t>(j)];
      if (i == j) same += c;
      if (std::abs(i - j) == 1) one_apart += c;
      sum_d += static_cast<double>(c) * d(i, j);
      pa[i] += static_cast<double>(c) / n;
      pb[j] += static_cast<double>(c) / n;
    }
  }
  out.agree = static_cast<double>(same) / n;
  out.ia = (static_cast<double>(same) + 0.5 * static_cast<double>(one_apart)) / n;
  const double observed = sum_d / n;
  out.s = 1.0 - 2.0 * observed / d_max;
  double de_kappa = 0, de_pi = 0;
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      de_kappa += pa[i] * pb[j] * d(i, j);
      de_pi += (pa[i] + pb[i]) / 2 * (pa[j] + pb[j]) / 2 * d(i, j);
    }
  }
  if (de_kappa > 0) out.kappa = 1.0 - observed / de_kappa;
  if (de_pi > 0) out.pi = 1.0 - observed / de_pi;
  return out;
}

}  // namespace entente
