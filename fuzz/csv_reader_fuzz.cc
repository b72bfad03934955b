// libFuzzer target for CsvReader: the first byte picks the options (preamble
// lines, line-end mark, delimiter, header); the rest is the input. Every
// input must end in records or in a data error with a line and column, never
// in a crash, a hang or a sanitizer report; fields must stay within the input.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "data/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  entente::CsvOptions options;
  uint8_t pick = data[0];
  options.preamble_lines = pick & 3;
  options.line_end_mark = (pick & 4) ? ';' : '\0';
  options.delimiter = (pick & 8) ? ';' : ',';
  if (options.delimiter == options.line_end_mark) options.line_end_mark = '\0';
  options.has_header = (pick & 16) == 0;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::istringstream in(text);
  entente::CsvReader reader(in, "fuzz.csv", options);
  entente::Status st = reader.Start();
  if (!st.ok()) {
    if (st.message().rfind("fuzz.csv:", 0) != 0) __builtin_trap();
    return 0;
  }
  entente::CsvRecord rec;
  bool has = false;
  size_t total = 0;
  while (true) {
    st = reader.Next(&rec, &has);
    if (!st.ok()) {
      if (st.message().rfind("fuzz.csv:", 0) != 0) __builtin_trap();
      break;
    }
    if (!has) break;
    for (size_t i = 0; i < rec.size(); ++i) {
      total += rec.text(i).size();
      if (rec[i].line < 1 || rec[i].column < 1) __builtin_trap();
    }
    // Unescaping only removes bytes: the fields never hold more than the input.
    if (total > text.size()) __builtin_trap();
  }
  return 0;
}
