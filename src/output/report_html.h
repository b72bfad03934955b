// The HTML form of a report: one self-contained page that works offline.
// Charts are Vega-Lite specifications drawn by vega, vega-lite and
// vega-embed, which the page carries inline; a Content-Security-Policy keeps
// any request from leaving it. Readable on screen and in print.
#ifndef ENTENTE_OUTPUT_REPORT_HTML_H_
#define ENTENTE_OUTPUT_REPORT_HTML_H_

#include <ostream>

#include "document/report_document.h"

namespace entente {

void WriteReportHtml(const Report& report, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_REPORT_HTML_H_
