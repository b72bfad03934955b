// The entries of the column dictionary, in the order of docs/OUTPUTS.md.
#include "output/column_dictionary.h"

#include <algorithm>
#include <array>

namespace entente {
namespace {

constexpr ColumnInfo kColumns[] = {
    {"{year}", "number", "a wide table's value for that year"},
};

}  // namespace

std::span<const ColumnInfo> ColumnDictionary() { return kColumns; }

const ColumnInfo* FindColumnInfo(std::string_view name) {
  bool year = name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
  std::string_view key = year ? std::string_view("{year}") : name;
  for (const ColumnInfo& c : kColumns) {
    if (c.name == key) return &c;
  }
  return nullptr;
}

}  // namespace entente
