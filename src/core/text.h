// Text helpers shared by name lookups: normalising names so that spellings
// meet ("Côte d'Ivoire", "Cote d'Ivoire", "COTE D IVOIRE"), and an edit
// distance for suggesting the closest names to an unknown one.
#ifndef ENTENTE_CORE_TEXT_H_
#define ENTENTE_CORE_TEXT_H_

#include <string>
#include <string_view>

namespace entente {

// Lower-cases ASCII, folds common Latin accented letters (UTF-8) to their
// base letter, reads '&' as "and", and turns every other run of punctuation
// or space into one space, trimmed at both ends.
std::string NormalizeName(std::string_view name);

// Lower-cased ASCII copy.
std::string ToLower(std::string_view text);

// `text` in double quotes as an error message may show it: at most
// `max_chars` bytes (then "..."), control characters and bytes that are not
// UTF-8 written as escapes (\n, \t, \x00), so that data cannot break a
// message's lines or a terminal.
std::string QuoteForMessage(std::string_view text, size_t max_chars = 60);
std::string ToUpper(std::string_view text);

// Levenshtein distance between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b);

// Parses a whole decimal integer (optional leading '-'); false when `text`
// is anything else.
bool ParseInt(std::string_view text, int* out);
bool ParseInt64(std::string_view text, long long* out);
// Parses a whole decimal number; false on anything else (including "", "NaN").
bool ParseDouble(std::string_view text, double* out);

}  // namespace entente

#endif  // ENTENTE_CORE_TEXT_H_
