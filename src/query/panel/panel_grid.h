// Dense lookups for one year of the panel: a value per ordered pair of the
// year's states (DyadGrid) and the records of a dataset grouped by year
// (YearBuckets), so that filling a row costs an array read, not a search.
#ifndef ENTENTE_QUERY_PANEL_PANEL_GRID_H_
#define ENTENTE_QUERY_PANEL_PANEL_GRID_H_

#include <cstddef>
#include <vector>

#include "core/period.h"

namespace entente {

template <typename T>
class DyadGrid {
 public:
  // n by n cells, each `fill`.
  void Reset(size_t n, const T& fill) {
    n_ = n;
    cells_.assign(n * n, fill);
  }
  // REQUIRES: i, j < n.
  T& at(size_t i, size_t j) { return cells_[i * n_ + j]; }
  const T& at(size_t i, size_t j) const { return cells_[i * n_ + j]; }

 private:
  size_t n_ = 0;
  std::vector<T> cells_;
};

// Records of `years` grouped by year; records outside are dropped.
template <typename T>
class YearBuckets {
 public:
  explicit YearBuckets(Period years) : years_(years), buckets_(static_cast<size_t>(years.to - years.from + 1)) {}
  void Add(int year, const T& record) {
    if (years_.Contains(year)) buckets_[static_cast<size_t>(year - years_.from)].push_back(record);
  }
  // The records of `year` (empty outside the years).
  const std::vector<T>& Of(int year) const {
    static const std::vector<T> kNone;
    return years_.Contains(year) ? buckets_[static_cast<size_t>(year - years_.from)] : kNone;
  }

 private:
  Period years_;
  std::vector<std::vector<T>> buckets_;
};

}  // namespace entente

#endif  // ENTENTE_QUERY_PANEL_PANEL_GRID_H_
