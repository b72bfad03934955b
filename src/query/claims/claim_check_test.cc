// Tests of claim files and verdicts, with a registry of made-up metrics so
// that every verdict rule is exercised without the data bundle.
#include "query/claims/claim_check.h"

#include <gtest/gtest.h>

namespace entente {
namespace claim_check_test {

int& MeasuredCount() {
  static int n = 0;
  return n;
}

MetricRegistry FakeRegistry() {
  MetricRegistry r;
  std::vector<ParamSpec> params = {{"x", "number", true, "the value to return"}, {"year", "year", false, ""}};
  r.Add(Metric{"fake.value", "returns x", params, [](Workspace&, const ClaimParams& p) -> Result<Measurement> {
                 Measurement m;
                 const ParamValue& v = p.values.at("x");
                 m.value = v.index() == 0 ? static_cast<double>(std::get<int64_t>(v)) : std::get<double>(v);
                 m.definition = std::string("x");
                 return m;
               }});
  ParamSpec by{"by", "text", false, "", {"year"}};
  r.Add(Metric{"fake.series", "a rising series", {{"x", "number", false, ""}, by},
               [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.series = {{2000, 0.1}, {2001, 0.3}, {2002, 0.2}, {2003, 0.5}};
                 return m;
               }})
      .yearly = true;
  r.Add(Metric{"fake.rising", "a clearly rising series", {by}, [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.series = {{2000, 0.1}, {2001, 0.22}, {2002, 0.28}, {2003, 0.41}, {2004, 0.49}, {2005, 0.62}};
                 return m;
               }})
      .yearly = true;
  Metric& date = r.Add(Metric{"fake.date", "a date", {}, [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                                Measurement m;
                                m.text = "1972-08-25";
                                return m;
                              }});
  date.text_result = true;
  date.unit = "date";
  // Another unit than fake.value's, for comparisons across units.
  r.Add(Metric{"fake.count", "a count", {}, [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.value = 3;
                 return m;
               }})
      .unit = "events";
  Metric& period = r.Add(Metric{"fake.period", "counts its calls", {{"from", "year", false, ""}, {"to", "year", false, ""}},
                                [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                                  ++MeasuredCount();
                                  Measurement m;
                                  m.value = 1;
                                  return m;
                                }});
  period.dataset = "un_votes";
  r.Add(Metric{"fake.gap", "no data", {}, [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.not_checkable = "the dataset ends in 2016";
                 return m;
               }});
  return r;
}

std::vector<ClaimResult> Check(const std::string& claims) {
  Result<ClaimFile> f = ParseClaimFile(claims, "c.toml");
  EXPECT_TRUE(f.ok()) << f.status().ToString();
  static ClaimFile keep;
  keep = *f;
  Workspace ws(".", Manifest::Bundle());
  MetricRegistry reg = FakeRegistry();
  Result<std::vector<ClaimResult>> r = CheckClaims(ws, keep, reg);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<ClaimResult>{};
}

std::string Claim(const std::string& id, const std::string& metric, const std::string& params, const std::string& expect) {
  return "[[claim]]\nid = \"" + id + "\"\ntext = \"t\"\nwhere = \"p. 1\"\nmetric = \"" + metric + "\"\nparams = " + params +
         "\nexpect = " + expect + "\n";
}

TEST(ClaimCheck, GivesEachVerdict) {
  struct Case {
    std::string claim;
    Verdict verdict;
  } cases[] = {
      {Claim("a", "fake.value", "{ x = 0.92 }", "{ value = 0.9, tolerance = 0.03 }"), Verdict::kSupported},
      {Claim("b", "fake.value", "{ x = 0.95 }", "{ value = 0.9, tolerance = 0.03 }"), Verdict::kPartly},
      {Claim("c", "fake.value", "{ x = 0.99 }", "{ value = 0.9, tolerance = 0.03 }"), Verdict::kNotSupported},
      {Claim("d", "fake.value", "{ x = 0.75 }", "{ min = 0.7 }"), Verdict::kSupported},
      {Claim("e", "fake.value", "{ x = 0.69 }", "{ min = 0.7, partly_min = 0.65 }"), Verdict::kPartly},
      {Claim("f", "fake.value", "{ x = 0.5 }", "{ min = 0.7, partly_min = 0.65 }"), Verdict::kNotSupported},
      {Claim("g", "fake.value", "{ x = 8 }", "{ min = 8, max = 8 }"), Verdict::kSupported},
      // Four years that rise, but with a slope interval that includes zero.
      {Claim("h", "fake.series", "{ by = \"year\" }", "{ trend = \"increasing\" }"), Verdict::kPartly},
      {Claim("h2", "fake.rising", "{ by = \"year\" }", "{ trend = \"increasing\" }"), Verdict::kSupported},
      {Claim("h3", "fake.rising", "{ by = \"year\" }", "{ trend = \"decreasing\" }"), Verdict::kNotSupported},
      {Claim("i", "fake.series", "{ by = \"year\" }", "{ trend = \"decreasing\" }"), Verdict::kNotSupported},
      {Claim("j", "fake.date", "{}", "{ equals = \"1972-08-25\" }"), Verdict::kSupported},
      {Claim("k", "fake.date", "{}", "{ equals = \"1971-01-01\" }"), Verdict::kNotSupported},
      {Claim("l", "fake.gap", "{}", "{ min = 1 }"), Verdict::kNotCheckable},
      {Claim("m", "fake.value", "{ x = 2 }", "{ above = { metric = \"fake.value\", params = { x = 1 } } }"), Verdict::kSupported},
      {Claim("n", "fake.value", "{ x = 2 }", "{ below = { metric = \"fake.value\", params = { x = 1 } } }"), Verdict::kNotSupported},
  };
  for (const auto& c : cases) {
    std::vector<ClaimResult> r = Check(c.claim);
    ASSERT_EQ(r.size(), 1u) << c.claim;
    EXPECT_EQ(VerdictName(r[0].verdict), std::string(VerdictName(c.verdict))) << c.claim << "\n" << r[0].reason;
  }
}

TEST(ClaimFile, NamesTheLineOfEachMistake) {
  struct Case {
    std::string text;
    std::string message;
  } cases[] = {
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\n", "c.toml:1:1: claim \"a\": needs an expect"},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { value = 1 }\n",
       "c.toml:6:10: claim \"a\": expect: a value needs a tolerance"},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { value = 1, tolerance = 0.1, min = 0 }\n",
       "c.toml:6:10: claim \"a\": expect: give exactly one of"},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nmetric = \"m\"\nexpect = { min = 1 }\n", "c.toml:1:1: claim \"a\": needs a non-empty string \"where\""},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { min = 1 }\n"
       "[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { min = 1 }\n",
       "c.toml:8:6: claim \"a\": duplicate claim id \"a\""},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { trend = \"up\" }\n",
       "c.toml:6:20: claim \"a\": expect.trend: expected \"increasing\" or \"decreasing\""},
      {"[[claim]\n", "c.toml:1:"},
  };
  for (const auto& c : cases) {
    Result<ClaimFile> f = ParseClaimFile(c.text, "c.toml");
    ASSERT_FALSE(f.ok()) << c.text;
    EXPECT_EQ(f.status().ExitCode(), 2) << f.status().ToString();
    EXPECT_EQ(f.status().message().rfind(c.message, 0), 0u) << f.status().message();
  }
}

TEST(ClaimCheck, UnknownMetricsAndParametersNameTheClaimLine) {
  Workspace ws(".", Manifest::Bundle());
  MetricRegistry reg = FakeRegistry();
  Result<ClaimFile> f = ParseClaimFile("\n" + Claim("a", "fake.nope", "{ x = 1 }", "{ min = 1 }"), "c.toml");
  ASSERT_TRUE(f.ok());
  auto r = CheckClaims(ws, *f, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ExitCode(), 2);
  EXPECT_NE(r.status().message().find("c.toml:6:10: claim \"a\": unknown metric \"fake.nope\""), std::string::npos)
      << r.status().message();
  f = ParseClaimFile(Claim("a", "fake.value", "{ x = 1, y = 2 }", "{ min = 1 }"), "c.toml");
  r = CheckClaims(ws, *f, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("c.toml:6:23: claim \"a\": metric fake.value has no parameter \"y\""), std::string::npos)
      << r.status().message();
  f = ParseClaimFile(Claim("a", "fake.value", "{ x = \"high\" }", "{ min = 1 }"), "c.toml");
  r = CheckClaims(ws, *f, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("parameter \"x\" of fake.value: expected a number, got the string \"high\""),
            std::string::npos)
      << r.status().message();
}

// Issue 16: what a claim file gets wrong, as the user reads it: the message
// of the usage error (exit 2), or "" when the file checks.
std::string Mistakes(const std::string& text) {
  Result<ClaimFile> f = ParseClaimFile(text, "c.toml");
  if (!f.ok()) {
    EXPECT_EQ(f.status().ExitCode(), 2) << f.status().ToString();
    return f.status().message();
  }
  Workspace ws(".", Manifest::Bundle());
  MetricRegistry reg = FakeRegistry();
  auto r = CheckClaims(ws, *f, reg);
  if (r.ok()) return "";
  EXPECT_EQ(r.status().ExitCode(), 2) << r.status().ToString();
  return r.status().message();
}

#define EXPECT_MISTAKE(text, expected)                                        \
  do {                                                                        \
    std::string got_ = Mistakes(text);                                        \
    EXPECT_NE(got_.find(expected), std::string::npos) << "got: " << got_;     \
  } while (0)

const std::string kValueClaim = Claim("a", "fake.value", "{ x = 1 }", "{ min = 0 }");

TEST(ClaimFile, Issue16UnknownKeysAreReportedWhereTheyAre) {
  EXPECT_MISTAKE("titel = \"x\"\n" + kValueClaim, "c.toml:1:1: unknown key \"titel\" at the top of the file; expected paper, claim");
  EXPECT_MISTAKE("[paper]\ntitle = \"T\"\nautor = \"A\"\n" + kValueClaim,
                 "c.toml:3:1: unknown key \"autor\" in [paper]; expected title, author, published");
  EXPECT_MISTAKE(kValueClaim + "notes = \"n\"\n", "c.toml:8:1: claim \"a\": unknown key \"notes\"; expected id, text, where");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ min = 0, tolerence = 1 }"),
                 "c.toml:7:21: claim \"a\": unknown key \"tolerence\" in expect");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 2 }", "{ above = { metric = \"fake.value\", param = { x = 1 } } }"),
                 "c.toml:7:45: claim \"a\": unknown key \"param\" in expect.above; expected metric, params");
  EXPECT_MISTAKE("[paper]\ntitle = 3\n" + kValueClaim, "c.toml:2:9: paper.title: expected a string, got the number 3");
  EXPECT_EQ(Mistakes("[paper]\ntitle = \"T\"\nauthor = \"A\"\npublished = \"P\"\n" + kValueClaim), "");
}

TEST(ClaimFile, Issue16NonFiniteNumbersAreRefused) {
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ value = inf, tolerance = inf }"),
                 "c.toml:7:20: claim \"a\": expect.value: expected a finite number, got inf");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ value = inf, tolerance = inf }"),
                 "c.toml:7:37: claim \"a\": expect.tolerance: expected a finite number, got inf");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ value = nan, tolerance = 0.03 }"),
                 "c.toml:7:20: claim \"a\": expect.value: expected a finite number, got nan");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ min = -inf }"), "expect.min: expected a finite number, got -inf");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = nan }", "{ min = 0 }"),
                 "c.toml:6:16: claim \"a\": params.x: expected a finite number, got nan");
}

TEST(ClaimFile, Issue16BoundsOutOfOrderAreRefused) {
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ min = 0.9, max = 0.1 }"),
                 "c.toml:7:18: claim \"a\": expect: min = 0.9 is above max = 0.1; give min <= max");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ min = 0.7, partly_min = 0.8 }"),
                 "expect.partly_min = 0.8 is above min = 0.7; the partly band must contain the band");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ max = 0.7, partly_max = 0.6 }"),
                 "expect.partly_max = 0.6 is below max = 0.7");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ max = 0.7, partly_min = 0.6 }"),
                 "expect.partly_min: a partly bound goes with min");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ value = 1, tolerance = -0.1 }"),
                 "expect.tolerance: expected a number >= 0, got -0.1");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ min = 1, tolerance = 0.1 }"),
                 "expect.tolerance: a tolerance goes with a value");
  EXPECT_EQ(Mistakes(Claim("a", "fake.value", "{ x = 3 }", "{ min = 3, max = 3, partly_min = 1, partly_max = 4 }")), "");
}

TEST(ClaimCheck, Issue16ExpectationsMustFitTheMetric) {
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ equals = \"CHN\" }"),
                 "c.toml:7:21: claim \"a\": expect.equals: fake.value gives a number, , not a text like \"CHN\"");
  EXPECT_EQ(Mistakes(Claim("a", "fake.value", "{ x = 4 }", "{ equals = 4 }")), "");
  EXPECT_MISTAKE(Claim("a", "fake.date", "{}", "{ min = 1972 }"),
                 "c.toml:7:10: claim \"a\": expect: fake.date gives a text (date), not a number");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ above = { metric = \"fake.count\" } }"),
                 "c.toml:7:31: claim \"a\": expect.above: fake.value is measured in \"\" and fake.count in \"events\"; "
                 "a comparison needs two metrics of the same unit");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ below = { metric = \"fake.date\" } }"),
                 "expect.below: fake.date gives a text (date); below compares numbers");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ below = { metric = \"fake.vale\" } }"),
                 "c.toml:7:31: claim \"a\": expect.below: unknown metric \"fake.vale\"; did you mean \"fake.value\"?");
}

TEST(ClaimCheck, Issue16TrendsNeedByYear) {
  EXPECT_MISTAKE(Claim("a", "fake.rising", "{}", "{ trend = \"increasing\" }"),
                 "c.toml:7:20: claim \"a\": expect.trend: a trend needs a yearly series; add by = \"year\" to params");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = 1 }", "{ trend = \"increasing\" }"),
                 "expect.trend: fake.value gives no yearly series");
  EXPECT_MISTAKE(Claim("a", "fake.rising", "{ by = \"decade\" }", "{ trend = \"increasing\" }"),
                 "c.toml:6:17: claim \"a\": parameter \"by\" of fake.rising: expected \"year\", got the string \"decade\"");
  EXPECT_MISTAKE(Claim("a", "fake.rising", "{ by = \"year\" }", "{ min = 0 }"),
                 "c.toml:6:17: claim \"a\": params.by = \"year\" gives a yearly series, which only expect = { trend = ... } judges");
}

TEST(ClaimCheck, Issue16ParametersNameTheirPlaceAndHowToWriteThem) {
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ year = \"1971\" }", "{ min = 0 }"),
                 "c.toml:6:19: claim \"a\": parameter \"year\" of fake.value: expected a year, a whole number such as 1971, "
                 "got the string \"1971\"; write year = 1971 (a number, without quotes)");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ x = \"0.5\" }", "{ min = 0 }"),
                 "expected a number, got the string \"0.5\"; write x = 0.5");
  EXPECT_MISTAKE(Claim("a", "fake.value", "{ year = 1971 }", "{ min = 0 }"),
                 "c.toml:6:10: claim \"a\": metric fake.value needs parameter \"x\" (the value to return)");
  EXPECT_MISTAKE("[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"fake.value\"\nexpect = { min = 0 }\n",
                 "c.toml:1:1: claim \"a\": metric fake.value needs parameter \"x\"");
}

TEST(ClaimCheck, Issue16YearsMustBePlausible) {
  EXPECT_MISTAKE(Claim("a", "fake.period", "{ from = -5 }", "{ min = 0 }"),
                 "c.toml:6:19: claim \"a\": parameter \"from\" of fake.period: expected a year from 1816 to 2100, got -5 "
                 "(coverage of UN General Assembly roll-call votes: 1946-2020)");
  EXPECT_MISTAKE(Claim("a", "fake.period", "{ to = 99999 }", "{ min = 0 }"), "expected a year from 1816 to 2100, got 99999");
  EXPECT_MISTAKE(Claim("a", "fake.period", "{ from = 2017, to = 1971 }", "{ min = 0 }"),
                 "c.toml:6:19: claim \"a\": from = 2017 is after to = 1971; give from <= to");
  EXPECT_EQ(Mistakes(Claim("a", "fake.period", "{ from = 1816, to = 2100 }", "{ min = 0 }")), "");
}

TEST(ClaimCheck, Issue16EveryMistakeIsListedAndNoClaimIsMeasured) {
  MeasuredCount() = 0;
  std::string text = Claim("ok", "fake.period", "{ from = 1990 }", "{ min = 0 }") +
                     Claim("bad", "fake.period", "{ from = 1990, to = 1980 }", "{ min = 0 }") +
                     Claim("worse", "fake.nope", "{}", "{ min = 0 }");
  std::string got = Mistakes(text);
  EXPECT_EQ(MeasuredCount(), 0) << "a file with a mistake measures no claim";
  EXPECT_NE(got.find("c.toml:13:19: claim \"bad\": from = 1990 is after to = 1980"), std::string::npos) << got;
  EXPECT_NE(got.find("c.toml:19:10: claim \"worse\": unknown metric \"fake.nope\""), std::string::npos) << got;
  EXPECT_NE(got.find("2 problems in the claim file, no claim checked"), std::string::npos) << got;
  // Mistakes found while parsing are listed together too, in file order.
  got = Mistakes(Claim("a", "fake.value", "{ x = 1 }", "{ value = inf, tolerance = 1 }") + "notes = 1\n" +
                 Claim("b", "fake.value", "{ x = 1 }", "{ min = 2, max = 1 }"));
  EXPECT_EQ(got.rfind("c.toml:7:20: claim \"a\": expect.value", 0), 0u) << got;
  EXPECT_NE(got.find("\nc.toml:8:1: claim \"a\": unknown key \"notes\""), std::string::npos) << got;
  EXPECT_NE(got.find("\nc.toml:15:18: claim \"b\": expect: min = 2 is above max = 1"), std::string::npos) << got;
  EXPECT_NE(got.find("3 problems in the claim file"), std::string::npos) << got;
}

TEST(ClaimFile, Issue16BadTomlIsAUsageErrorToo) {
  Result<ClaimFile> f = ParseClaimFile("[[claim]]\nid = \"a\"\nparams = { a = \"PAK\" \n", "c.toml");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().ExitCode(), 2);
  EXPECT_EQ(f.status().message().rfind("c.toml:3:", 0), 0u) << f.status().message();
}

TEST(ClaimMetrics, Issue16UnknownValuesSuggestTheNearest) {
  std::vector<std::string> statuses = {"Operational", "Planned", "Shutdown", "Under Construction"};
  EXPECT_EQ(UnknownValue("reactor status", "operating", statuses),
            "reactor status \"operating\" is not in the data; did you mean \"Operational\"? It has Operational, Planned, "
            "Shutdown, Under Construction");
  EXPECT_EQ(UnknownValue("reactor status", "shutdown", statuses).find("did you mean \"Shutdown\"?") != std::string::npos,
            true);
  EXPECT_EQ(UnknownValue("vendor state (iso3)", "ZZZ", {"CHN", "USA"}),
            "vendor state (iso3) \"ZZZ\" is not in the data; it has CHN, USA");
}

}  // namespace claim_check_test
}  // namespace entente
