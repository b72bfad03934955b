// Tests of claim files and verdicts, with a registry of made-up metrics so
// that every verdict rule is exercised without the data bundle.
#include "query/claims/claim_check.h"

#include <gtest/gtest.h>

namespace entente {
namespace claim_check_test {

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
  r.Add(Metric{"fake.series", "a rising series", {{"x", "number", false, ""}},
               [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.series = {{2000, 0.1}, {2001, 0.3}, {2002, 0.2}, {2003, 0.5}};
                 return m;
               }});
  r.Add(Metric{"fake.rising", "a clearly rising series", {}, [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.series = {{2000, 0.1}, {2001, 0.22}, {2002, 0.28}, {2003, 0.41}, {2004, 0.49}, {2005, 0.62}};
                 return m;
               }});
  r.Add(Metric{"fake.date", "a date", {}, [](Workspace&, const ClaimParams&) -> Result<Measurement> {
                 Measurement m;
                 m.text = "1972-08-25";
                 return m;
               }});
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
      {Claim("h", "fake.series", "{}", "{ trend = \"increasing\" }"), Verdict::kPartly},
      {Claim("h2", "fake.rising", "{}", "{ trend = \"increasing\" }"), Verdict::kSupported},
      {Claim("h3", "fake.rising", "{}", "{ trend = \"decreasing\" }"), Verdict::kNotSupported},
      {Claim("i", "fake.series", "{}", "{ trend = \"decreasing\" }"), Verdict::kNotSupported},
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
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\n", "c.toml:1:1: claim \"a\" needs an expect"},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { value = 1 }\n",
       "c.toml:6:10: expect: a value needs a tolerance"},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { value = 1, tolerance = 0.1, min = 0 }\n",
       "c.toml:6:10: expect: give exactly one of"},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nmetric = \"m\"\nexpect = { min = 1 }\n", "c.toml:1:1: claim needs a non-empty string \"where\""},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { min = 1 }\n"
       "[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { min = 1 }\n",
       "c.toml:8:6: duplicate claim id \"a\""},
      {"[[claim]]\nid = \"a\"\ntext = \"t\"\nwhere = \"p\"\nmetric = \"m\"\nexpect = { trend = \"up\" }\n",
       "c.toml:6:20: expect.trend: expected \"increasing\" or \"decreasing\""},
      {"[[claim]\n", "c.toml:1:"},
  };
  for (const auto& c : cases) {
    Result<ClaimFile> f = ParseClaimFile(c.text, "c.toml");
    ASSERT_FALSE(f.ok()) << c.text;
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
  EXPECT_NE(r.status().message().find("c.toml:2: claim \"a\": unknown metric \"fake.nope\""), std::string::npos)
      << r.status().message();
  f = ParseClaimFile(Claim("a", "fake.value", "{ x = 1, y = 2 }", "{ min = 1 }"), "c.toml");
  r = CheckClaims(ws, *f, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("c.toml:6: metric fake.value has no parameter \"y\""), std::string::npos)
      << r.status().message();
  f = ParseClaimFile(Claim("a", "fake.value", "{ x = \"high\" }", "{ min = 1 }"), "c.toml");
  r = CheckClaims(ws, *f, reg);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("parameter \"x\" of fake.value: expected number, got high"), std::string::npos);
}

}  // namespace claim_check_test
}  // namespace entente
