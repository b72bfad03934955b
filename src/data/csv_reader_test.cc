// Tests of CsvReader: accepted shapes first, then each malformed input with
// the exact line and column it must report.
#include "data/csv_reader.h"

#include <sstream>

#include <gtest/gtest.h>

namespace entente {
namespace csv_reader_test {

struct Parsed {
  Status status;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<bool>> quoted;
  std::vector<int64_t> lines;
};

Parsed Parse(const std::string& text, CsvOptions options = {}) {
  std::istringstream in(text);
  CsvReader reader(in, "t.csv", options);
  Parsed out;
  out.status = reader.Start();
  if (!out.status.ok()) return out;
  out.header = reader.header();
  CsvRecord rec;
  bool has = false;
  while ((out.status = reader.Next(&rec, &has)).ok() && has) {
    std::vector<std::string> row;
    std::vector<bool> q;
    for (size_t i = 0; i < rec.size(); ++i) {
      row.emplace_back(rec.text(i));
      q.push_back(rec[i].quoted);
    }
    out.rows.push_back(row);
    out.quoted.push_back(q);
    out.lines.push_back(rec.line());
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReader, ReadsPlainAndQuotedFields) {
  struct Case {
    std::string text;
    Rows rows;
  } cases[] = {
      {"a,b\n1,2\n", {{"1", "2"}}},
      {"a,b\r\n1,2\r\n3,4", {{"1", "2"}, {"3", "4"}}},
      {"a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", {{"x,y", "say \"hi\""}}},
      {"a,b\n\"two\nlines\",z\n", {{"two\nlines", "z"}}},
      {"a,b\n,\n", {{"", ""}}},
      {"a,b\n\"\",\"\"\n", {{"", ""}}},
      {"a,b\n\n1,2\n\n", {{"1", "2"}}},
      {"\xEF\xBB\xBF" "a,b\n1,2\n", {{"1", "2"}}},
  };
  for (const auto& c : cases) {
    Parsed p = Parse(c.text);
    ASSERT_TRUE(p.status.ok()) << c.text << " -> " << p.status.ToString();
    EXPECT_EQ(p.rows, c.rows) << c.text;
    EXPECT_EQ(p.header, (std::vector<std::string>{"a", "b"})) << c.text;
  }
}

TEST(CsvReader, TellsQuotedNaFromUnquotedNa) {
  Parsed p = Parse("rcid,code\n1,\"NA\"\n2,NA\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[0][1], "NA");
  EXPECT_TRUE(p.quoted[0][1]);
  EXPECT_EQ(p.rows[1][1], "NA");
  EXPECT_FALSE(p.quoted[1][1]);
}

TEST(CsvReader, SkipsPreambleAndStripsLineEndMark) {
  CsvOptions options;
  options.preamble_lines = 2;
  options.line_end_mark = ';';
  Parsed p = Parse("Title line;\r\n;\r\nid,name;\r\n1,Viet Nam;\r\n2,\"A;B\";\r\n3,x;y;", options);
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(p.header, (std::vector<std::string>{"id", "name"}));
  EXPECT_EQ(p.rows, (Rows{{"1", "Viet Nam"}, {"2", "A;B"}, {"3", "x;y"}}));
  EXPECT_EQ(p.lines, (std::vector<int64_t>{4, 5, 6}));
}

TEST(CsvReader, CountsPhysicalLinesAcrossQuotedNewlines) {
  Parsed p = Parse("a,b\n\"1\n2\n3\",x\ny,z\n");
  ASSERT_TRUE(p.status.ok());
  EXPECT_EQ(p.lines, (std::vector<int64_t>{2, 5}));
}

TEST(CsvReader, HandlesRecordsLongerThanOneBlock) {
  std::string big(3 << 20, 'x');
  Parsed p = Parse("a,b\n\"" + big + "\",1\n" + big + ",2\n");
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[0][0].size(), big.size());
  EXPECT_EQ(p.rows[1][1], "2");
}

TEST(CsvReader, ReportsMalformedInputWithLineAndColumn) {
  struct Case {
    std::string text;
    CsvOptions options;
    std::string where;
    std::string what;
  } cases[] = {
      {"a,b\n1,2,3\n", {}, "t.csv:2:5:", "record has 3 fields; expected 2"},
      {"a,b\n1,2\n3\n", {}, "t.csv:3:2:", "record has 1 fields; expected 2"},
      {"a,b\n1,\"open\n", {}, "t.csv:2:3:", "never closed"},
      {"a,b\n1,\"x\"y\n", {}, "t.csv:2:6:", "after a closing quote"},
      {"a,b\n1,x\"y\n", {}, "t.csv:2:4:", "unexpected '\"'"},
      {"a,b\n1,2\r3,4\n", {}, "t.csv:2:4:", "carriage return"},
      {"", {}, "t.csv:1:1:", "no header"},
      {"only one line\n", {.preamble_lines = 3}, "t.csv:2:1:", "inside its preamble"},
      {"a,b;\n1,2\n", {.line_end_mark = ';'}, "t.csv:2:4:", "does not end with ';'"},
  };
  for (const auto& c : cases) {
    Parsed p = Parse(c.text, c.options);
    ASSERT_FALSE(p.status.ok()) << c.text;
    EXPECT_EQ(p.status.code(), Status::Code::kDataError) << c.text;
    EXPECT_NE(p.status.message().find(c.where), std::string::npos) << c.text << " -> " << p.status.message();
    EXPECT_NE(p.status.message().find(c.what), std::string::npos) << c.text << " -> " << p.status.message();
  }
}

TEST(CsvReader, NamesMissingColumnsAndBadFields) {
  std::istringstream in("rcid,vote\n7,maybe\n");
  CsvReader reader(in, "un_votes.csv");
  ASSERT_TRUE(reader.Start().ok());
  Result<size_t> missing = reader.ColumnIndex("country");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing column \"country\"; the header has: rcid, vote"),
            std::string::npos);
  CsvRecord rec;
  bool has = false;
  ASSERT_TRUE(reader.Next(&rec, &has).ok());
  Status st = reader.FieldError(rec, 1, "yes, no or abstain");
  EXPECT_EQ(st.message(), "un_votes.csv:2:3: column \"vote\": got \"maybe\", expected yes, no or abstain");
}

}  // namespace csv_reader_test
}  // namespace entente
