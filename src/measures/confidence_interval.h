// ConfidenceInterval: the two ends of an interval estimate, shared by the
// interval measures (Wilson, the least-squares slope, the bootstrap).
#ifndef ENTENTE_MEASURES_CONFIDENCE_INTERVAL_H_
#define ENTENTE_MEASURES_CONFIDENCE_INTERVAL_H_

namespace entente {

// The confidence of every interval a verdict reports.
constexpr double kVerdictConfidence = 0.95;

struct ConfidenceInterval {
  double low = 0;
  double high = 0;
  bool Contains(double v) const { return low <= v && v <= high; }
};

}  // namespace entente

#endif  // ENTENTE_MEASURES_CONFIDENCE_INTERVAL_H_
