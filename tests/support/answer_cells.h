// Looking up cells of an Answer by section, column name and key, for tests of
// queries against the data bundle (sections and columns as in workspace.h).
#ifndef ENTENTE_TESTS_SUPPORT_ANSWER_CELLS_H_
#define ENTENTE_TESTS_SUPPORT_ANSWER_CELLS_H_

#include <cmath>
#include <string>
#include <variant>

#include "core/answer.h"
#include "support/workspace.h"

namespace entente::testing {

// The first row whose column `key` holds `value`, or null.
inline const std::vector<Cell>* RowWhere(const Table& t, const std::string& key, const Cell& value) {
  size_t c = ColumnOf(t, key);
  for (const auto& row : t.rows) {
    if (row[c] == value) return &row;
  }
  return nullptr;
}

// A number cell as double; NaN for anything else, so comparisons fail loudly.
inline double Number(const Cell& c) {
  if (const double* d = std::get_if<double>(&c)) return *d;
  if (const int64_t* i = std::get_if<int64_t>(&c)) return static_cast<double>(*i);
  return std::nan("");
}

// The text of fact `key`, or "".
inline std::string FactText(const Answer& answer, const std::string& key) {
  return answer.FactText(key).value_or("");
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_SUPPORT_ANSWER_CELLS_H_
