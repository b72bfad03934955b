// Tests of the reactor vendor table: malformed tables, matching rules, and
// every model in the built-in table resolving to one vendor only.
#include "data/reactor_vendors.h"

#include <gtest/gtest.h>

namespace entente {
namespace reactor_vendors_test {

TEST(ReactorVendors, RejectsMalformedTables) {
  struct Case {
    const char* toml;
    const char* message;
  } cases[] = {
      {"x = 1\n", "t.toml: no [[vendor]] entries"},
      {"[[vendor]]\nmodels = []\nprefixes = []\n", "t.toml:1:1: entry has no positive \"ccode\""},
      {"[[vendor]]\nccode = 710\nprefixes = []\n", "entry has no \"models\" list"},
      {"[[vendor]]\nccode = 710\nmodels = [1]\nprefixes = []\n", "t.toml:3:11: \"models\" holds a non-text"},
      {"[[vendor]\n", "t.toml:1:"},
  };
  for (const auto& c : cases) {
    auto v = ReactorVendors::Parse(c.toml, "t.toml");
    ASSERT_FALSE(v.ok()) << c.toml;
    EXPECT_NE(v.status().message().find(c.message), std::string::npos) << v.status().message();
  }
}

TEST(ReactorVendors, MatchesModelsAndPrefixesIgnoringCase) {
  auto v = ReactorVendors::Parse(
      "[[vendor]]\nccode = 710\nmodels = [\"CNP-300\"]\nprefixes = []\n"
      "[[vendor]]\nccode = 20\nmodels = []\nprefixes = [\"CANDU\"]\n",
      "t.toml");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->Find(""), nullptr);
  EXPECT_EQ(v->Find("CNP-3000"), nullptr);
  EXPECT_EQ(v->Find("PWR"), nullptr);
  ASSERT_NE(v->Find("cnp-300"), nullptr);
  EXPECT_EQ(v->Find("CNP-300")->ccode.value, 710);
  ASSERT_NE(v->Find("CANDU-137 MW"), nullptr);
  EXPECT_EQ(v->Find("CANDU-137 MW")->ccode.value, 20);
}

TEST(ReactorVendors, BuiltinTableNamesChineseDesigns) {
  auto v = ReactorVendors::Builtin();
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  for (const char* model : {"CNP-300", "ACP-1000", "HPR1000", "CPR-1000", "CAP1400"}) {
    ASSERT_NE(v->Find(model), nullptr) << model;
    EXPECT_EQ(v->Find(model)->ccode.value, 710) << model;
  }
  EXPECT_EQ(v->Find("VVER V-412")->ccode.value, 365);
  EXPECT_EQ(v->Find("APR-1400")->ccode.value, 732);
  EXPECT_EQ(v->Find("WH 4LP (DRYAMB)")->ccode.value, 2);
  EXPECT_EQ(v->Find("BWR-4"), nullptr);
  EXPECT_EQ(v->Find("ATMEA-1"), nullptr);
  // No model may match two vendors: the first match would hide the second.
  for (const ReactorVendor& a : v->vendors()) {
    for (const std::string& m : a.models) EXPECT_EQ(v->Find(m), &a) << m;
  }
}

}  // namespace reactor_vendors_test
}  // namespace entente
