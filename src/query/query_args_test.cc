// Tests of CoveredYears: bad periods and periods outside a dataset's
// coverage first, then clipping with a fact saying so. The manifest alone is enough.
#include "query/query_args.h"

#include <gtest/gtest.h>

namespace entente {
namespace query_args_test {

TEST(CoveredYears, RejectsBadAndUncoveredPeriods) {
  Workspace ws("/nonexistent", Manifest::Bundle());
  struct Case {
    YearFlags flags;
    const char* message;
  } cases[] = {
      {{2010, 2000}, "--from 2010 is after --to 2000; expected from <= to"},
      {{2017, std::nullopt}, "(cow_nmc) ends in 2016: 2017 and later is past its coverage"},
      {{2017, 2020}, "(cow_nmc) ends in 2016: 2017-2020 is past its coverage"},
      {{std::nullopt, 1800}, "(cow_nmc) starts in 1816: 1800 and earlier is before its coverage"},
  };
  for (const auto& c : cases) {
    Answer answer;
    Result<Period> p = CoveredYears(ws, "cow_nmc", c.flags, &answer);
    ASSERT_FALSE(p.ok()) << c.message;
    EXPECT_EQ(p.status().code(), Status::Code::kUsage);
    EXPECT_NE(p.status().message().find(c.message), std::string::npos) << p.status().message();
  }
}

TEST(CoveredYears, ClipsToCoverageAndSaysSo) {
  Workspace ws("/nonexistent", Manifest::Bundle());
  struct Case {
    YearFlags flags;
    Period want;
    size_t notes;
    const char* note;
  } cases[] = {
      {{}, {1816, 2016}, 0, ""},
      {{1990, 2000}, {1990, 2000}, 0, ""},
      {{2016, 2016}, {2016, 2016}, 0, ""},
      {{2010, 2020}, {2010, 2016}, 1, "cow_nmc ends in 2016: 2017-2020 is past its coverage and has no data"},
      {{1800, 1820}, {1816, 1820}, 1, "cow_nmc starts in 1816: 1800-1815 has no data"},
      {{1800, 2020}, {1816, 2016}, 2, "cow_nmc starts in 1816"},
  };
  for (const auto& c : cases) {
    Answer answer;
    Result<Period> p = CoveredYears(ws, "cow_nmc", c.flags, &answer);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    EXPECT_EQ(*p, c.want);
    ASSERT_EQ(answer.facts.size(), c.notes + 1);
    if (c.notes > 0) {
      EXPECT_EQ(answer.facts[1].text.rfind(c.note, 0), 0u) << answer.facts[1].text;
    }
    EXPECT_EQ(answer.facts.front().text, c.want.ToString());
  }
}

}  // namespace query_args_test
}  // namespace entente
