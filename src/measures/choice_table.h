// ChoiceTable: how two states' votes meet over a set of roll calls.
//
// count[i][j] is the number of roll calls on which state A cast choice i and
// state B choice j (0 yes, 1 abstain, 2 no; codes 1, 2, 3 in DESIGN.md). Roll
// calls where either state was absent are not counted: absence is not a vote.
#ifndef ENTENTE_MEASURES_CHOICE_TABLE_H_
#define ENTENTE_MEASURES_CHOICE_TABLE_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace entente {

struct ChoiceTable {
  std::array<std::array<int64_t, 3>, 3> count{};

  int64_t n() const {
    int64_t t = 0;
    for (const auto& row : count) {
      for (int64_t c : row) t += c;
    }
    return t;
  }
  ChoiceTable& operator+=(const ChoiceTable& o) {
    for (size_t i = 0; i < 3; ++i) {
      for (size_t j = 0; j < 3; ++j) count[i][j] += o.count[i][j];
    }
    return *this;
  }
  // The same table with abstentions dropped: only roll calls where both
  // states voted yes or no (the US State Department's "votes only" basis).
  ChoiceTable YesNoOnly() const {
    ChoiceTable t = *this;
    for (size_t k = 0; k < 3; ++k) t.count[1][k] = t.count[k][1] = 0;
    return t;
  }
};

// Cross-tabulates two states' choice bit sets (a[c], b[c]: one bit per roll
// call) over the roll calls set in `mask`, reading words [w0, w1).
inline ChoiceTable CrossTabulate(const uint64_t* const a[3], const uint64_t* const b[3], const uint64_t* mask,
                                 size_t w0, size_t w1) {
  ChoiceTable t;
  for (size_t w = w0; w < w1; ++w) {
    uint64_t m = mask[w];
    if (m == 0) continue;
    uint64_t am[3] = {a[0][w] & m, a[1][w] & m, a[2][w] & m};
    if ((am[0] | am[1] | am[2]) == 0) continue;
    for (size_t j = 0; j < 3; ++j) {
      uint64_t bj = b[j][w];
      if (bj == 0) continue;
      for (size_t i = 0; i < 3; ++i) t.count[i][j] += std::popcount(am[i] & bj);
    }
  }
  return t;
}

}  // namespace entente

#endif  // ENTENTE_MEASURES_CHOICE_TABLE_H_
