// The Markdown form of a report, for papers and READMEs: facts as lists,
// tables as pipe tables, and each chart as an image link to an SVG file that
// the caller writes beside the Markdown (see SvgChart).
#ifndef ENTENTE_OUTPUT_REPORT_MARKDOWN_H_
#define ENTENTE_OUTPUT_REPORT_MARKDOWN_H_

#include <ostream>
#include <string_view>

#include "document/report_document.h"

namespace entente {

// `chart_dir` is the folder of the SVG files relative to the Markdown file;
// chart NAME is linked as `chart_dir/NAME.svg`.
void WriteReportMarkdown(const Report& report, std::string_view chart_dir, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_REPORT_MARKDOWN_H_
