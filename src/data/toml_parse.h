// Parsing a TOML document (manifest, claim file, vendor table, country
// aliases) with the one error form every file error in entente takes:
// "source:line:column: what".
#ifndef ENTENTE_DATA_TOML_PARSE_H_
#define ENTENTE_DATA_TOML_PARSE_H_

#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "core/status.h"

namespace entente {

// The parsed document, or a data error naming `source`, line and column.
// toml++ is given the text only once the TOML 1.0 check of toml_lexer.h
// accepts it, since toml++ 3.3 (Debian's) is not safe on malformed text.
Result<toml::table> ParseToml(std::string_view text, const std::string& source);

}  // namespace entente

#endif  // ENTENTE_DATA_TOML_PARSE_H_
