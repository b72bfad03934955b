// A report chart as a Vega-Lite specification: the data inline, the series
// in legend order with the report's colours, the report's period shaded.
#ifndef ENTENTE_OUTPUT_VEGA_LITE_H_
#define ENTENTE_OUTPUT_VEGA_LITE_H_

#include <nlohmann/json.hpp>

#include "document/chart.h"

namespace entente {

nlohmann::ordered_json VegaLiteSpec(const Chart& chart);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_VEGA_LITE_H_
