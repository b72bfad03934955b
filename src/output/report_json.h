// The JSON form of a report: every number it shows, at full precision, with
// the measure, period and datasets behind it.
#ifndef ENTENTE_OUTPUT_REPORT_JSON_H_
#define ENTENTE_OUTPUT_REPORT_JSON_H_

#include <ostream>

#include <nlohmann/json.hpp>

#include "document/report_document.h"

namespace entente {

nlohmann::ordered_json ReportToJson(const Report& report);
void WriteReportJson(const Report& report, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_REPORT_JSON_H_
