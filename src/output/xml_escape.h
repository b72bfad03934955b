// Escaping text for HTML and SVG (XML) documents.
#ifndef ENTENTE_OUTPUT_XML_ESCAPE_H_
#define ENTENTE_OUTPUT_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace entente {

// Escapes &, <, >, " and ' for text and attribute values.
std::string XmlEscape(std::string_view text);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_XML_ESCAPE_H_
