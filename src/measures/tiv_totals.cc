// Summing delivered TIV over the trade register.
#include "measures/tiv_totals.h"

#include <cmath>

namespace entente {
namespace {

size_t YearCount(const Period& p) { return p.to >= p.from ? static_cast<size_t>(p.to - p.from + 1) : 0; }

ActorId SideOf(const ArmsDelivery& d, TradeSide side) {
  return side == TradeSide::kSupplier ? d.supplier : d.recipient;
}

void RoundAll(std::vector<double>& values) {
  for (double& v : values) v = RoundTivSum(v);
}

}  // namespace

double RoundTivSum(double tiv) {
  static const double kScale = std::pow(10.0, kTivSumDecimals);
  return std::round(tiv * kScale) / kScale;
}

TivSum SumTiv(const ArmsRegister& reg, const TivFilter& filter) {
  TivSum sum;
  for (const ArmsDelivery& d : reg.deliveries) {
    if (!filter.Matches(d)) continue;
    ++sum.rows;
    if (d.tiv) {
      sum.tiv += *d.tiv;
    } else {
      ++sum.unvalued;
    }
  }
  sum.tiv = RoundTivSum(sum.tiv);
  return sum;
}

std::vector<double> TivByYear(const ArmsRegister& reg, const TivFilter& filter) {
  std::vector<double> out(YearCount(filter.years), 0.0);
  for (const ArmsDelivery& d : reg.deliveries) {
    if (d.tiv && filter.Matches(d)) out[static_cast<size_t>(d.year - filter.years.from)] += *d.tiv;
  }
  RoundAll(out);
  return out;
}

std::map<ActorId, double> TivByActor(const ArmsRegister& reg, const TivFilter& filter, TradeSide side) {
  std::map<ActorId, double> out;
  for (const ArmsDelivery& d : reg.deliveries) {
    if (d.tiv && filter.Matches(d)) out[SideOf(d, side)] += *d.tiv;
  }
  for (auto& [id, tiv] : out) tiv = RoundTivSum(tiv);
  return out;
}

std::map<ActorId, std::vector<double>> TivByActorYear(const ArmsRegister& reg, const TivFilter& filter,
                                                      TradeSide side) {
  std::map<ActorId, std::vector<double>> out;
  for (const ArmsDelivery& d : reg.deliveries) {
    if (!d.tiv || !filter.Matches(d)) continue;
    auto [it, inserted] = out.try_emplace(SideOf(d, side));
    if (inserted) it->second.assign(YearCount(filter.years), 0.0);
    it->second[static_cast<size_t>(d.year - filter.years.from)] += *d.tiv;
  }
  for (auto& [id, years] : out) RoundAll(years);
  return out;
}

}  // namespace entente
