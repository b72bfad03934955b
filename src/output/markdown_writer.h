// Markdown form of an Answer: a heading, the facts as a list, each section as
// a pipe table (numbers rounded as in the terminal view), notes and datasets.
#ifndef ENTENTE_OUTPUT_MARKDOWN_WRITER_H_
#define ENTENTE_OUTPUT_MARKDOWN_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "core/answer.h"

namespace entente {

// Escapes '|' and line breaks for a table cell.
// Text for a Markdown paragraph or list item: '<' written as &lt; so that
// no text from the data is taken for HTML, line breaks as spaces.
std::string MarkdownText(std::string_view text);
std::string MarkdownCell(std::string_view text);
void WriteMarkdownTable(const Table& table, std::ostream& out);
void WriteMarkdown(const Answer& answer, std::ostream& out);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_MARKDOWN_WRITER_H_
