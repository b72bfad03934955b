// Tests of the CSV row formatter: each kind of cell, then the property that
// kept texts never change the output (the same rows with and without repeats
// read like the CSV writer's).
#include "output/csv_row_formatter.h"

#include <random>
#include <string>

#include <gtest/gtest.h>

#include "core/number_format.h"
#include "output/csv_writer.h"

namespace entente {
namespace csv_row_formatter_test {

std::string Format(CsvRowFormatter& f, const std::vector<Cell>& cells) {
  fmt::memory_buffer out;
  f.Append(cells, out);
  return std::string(out.data(), out.size());
}

// The line the CSV writer's rules give for `cells`.
std::string Expected(const std::vector<Cell>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) line += ',';
    line += CsvEscape(CellText(cells[i]));
  }
  return line + '\n';
}

TEST(CsvRowFormatter, EachKindOfCell) {
  struct Case {
    std::vector<Cell> cells;
    std::string line;
  } cases[] = {
      {{Cell(int64_t{750}), Cell(int64_t{770}), Cell(int64_t{1947})}, "750,770,1947\n"},
      {{Cell(), Cell(int64_t{0}), Cell()}, ",0,\n"},
      {{Cell(int64_t{-9}), Cell(int64_t{7}), Cell(int64_t{10})}, "-9,7,10\n"},
      {{Cell(0.5), Cell(0.0), Cell(-0.0), Cell(1e-300)}, "0.5,0,0,1e-300\n"},
      {{Cell(98.0 / 108), Cell(-1.2345678901234567e-308)}, "0.9074074074074074,-1.2345678901234567e-308\n"},
      {{Cell(std::string("PAK")), Cell(std::string("a, \"b\""))}, "PAK,\"a, \"\"b\"\"\"\n"},
      {{}, "\n"},
  };
  for (const auto& c : cases) {
    CsvRowFormatter f;
    EXPECT_EQ(Format(f, c.cells), c.line);
    EXPECT_EQ(Format(f, c.cells), c.line) << "second time, from kept texts";
  }
}

TEST(CsvRowFormatter, KeptTextsNeverChangeTheOutput) {
  std::mt19937_64 rng(18);
  std::uniform_int_distribution<int> pick(0, 40);
  std::uniform_real_distribution<double> real(-1e6, 1e6);
  std::vector<double> pool;
  for (int i = 0; i < 50; ++i) pool.push_back(real(rng));
  CsvRowFormatter f;
  for (int row = 0; row < 20000; ++row) {
    std::vector<Cell> cells;
    for (int col = 0; col < 6; ++col) {
      int k = pick(rng);
      if (k < 30) {
        cells.emplace_back(pool[static_cast<size_t>(k)]);
      } else if (k < 35) {
        cells.emplace_back(real(rng));
      } else {
        cells.emplace_back();
      }
    }
    ASSERT_EQ(Format(f, cells), Expected(cells)) << "row " << row;
  }
}

}  // namespace csv_row_formatter_test
}  // namespace entente
