// Period: an inclusive range of calendar years, the unit of every query.
#ifndef ENTENTE_CORE_PERIOD_H_
#define ENTENTE_CORE_PERIOD_H_

#include <algorithm>
#include <optional>
#include <string>

namespace entente {

struct Period {
  int from = 0;
  int to = 0;

  bool Contains(int year) const { return year >= from && year <= to; }
  bool Overlaps(const Period& other) const { return from <= other.to && other.from <= to; }
  // The years both periods share; nullopt when they are disjoint.
  std::optional<Period> Intersect(const Period& other) const {
    if (!Overlaps(other)) return std::nullopt;
    return Period{std::max(from, other.from), std::min(to, other.to)};
  }
  // "1971-2017", or "2016" for a single year.
  std::string ToString() const {
    return from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to);
  }
  bool operator==(const Period&) const = default;
};

}  // namespace entente

#endif  // ENTENTE_CORE_PERIOD_H_
