// Tests of the SIPRI trade register loader: SIPRI's conventions on a small
// register, each kind of broken row with its exact line and column, and the
// whole register of the bundle.
#include "data/sipri_transfers.h"

#include <sstream>

#include <gtest/gtest.h>

#include "data/manifest.h"
#include "support/bundle.h"
#include "support/fixture_registry.h"

namespace entente {
namespace sipri_transfers_test {

constexpr char kHeader[] =
    "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,"
    "Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,"
    "Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production;\r\n";

CsvOptions SipriCsv() {
  CsvOptions o;
  o.preamble_lines = 11;
  o.line_end_mark = ';';
  return o;
}

// A register with SIPRI's preamble (lines 1-11), header (line 12) and `rows`
// (from line 13), each row given without its ";\r\n".
std::string Register(const std::vector<std::string>& rows) {
  std::string text;
  for (int i = 0; i < 11; ++i) text += "preamble line;\r\n";
  text += kHeader;
  for (const auto& r : rows) text += r + ";\r\n";
  return text;
}

Result<ArmsRegister> Load(const std::string& text) {
  static const CountryRegistry registry = testing::FixtureRegistry();
  std::istringstream in(text);
  return LoadSipriTransfers(in, "trade_register.csv", registry, SipriCsv());
}

TEST(SipriTransfers, EmptyRegisterHasNoYears) {
  Result<ArmsRegister> r = Load(Register({}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->deliveries.empty());
  EXPECT_FALSE(r->years.has_value());
}

TEST(SipriTransfers, ReadsSipriConventions) {
  Result<ArmsRegister> r = Load(Register({
      "28669,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,35,Yes",
      "58056,China,Pakistan,Azmat -,corvette,Ships,2013,Yes,1,,2022,,New,65,65,65,Yes",
      "100,Russia,Turkiye,S-400 SAMS,SAM system,Air-defence systems,2017?,,4?,No,2019,No,New,50,50,,No",
      "101,Russia,Turkey,9M96,SAM,Missiles,2017,No,10,Yes,2020,Yes,Second hand,0.3,0.12,0,No",
      "102,unknown supplier(s),Houthi rebels (Yemen)*,Burkan-2,SRBM,Missiles,2016,Yes,10,Yes,2017,Yes,New,1,1,10,No",
      "103,France,NATO**,MICA,BVRAAM,Missiles,2015,No,,,1995,No,New,1,1,1,No",
  }));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->deliveries.size(), 6u);
  EXPECT_EQ(r->years, (Period{1995, 2022}));

  const ArmsDelivery& jf17 = r->deliveries[0];
  EXPECT_EQ(jf17.deal_id, 28669);
  EXPECT_EQ(r->actors[jf17.supplier].country->ccode.value, 710);
  EXPECT_EQ(r->actors[jf17.recipient].country->ccode.value, 770);
  EXPECT_EQ(r->Text(jf17.designation), "JF-17 -");
  EXPECT_EQ(r->Text(jf17.category), "Aircraft");
  EXPECT_EQ(jf17.order_year, 1999);
  EXPECT_EQ(jf17.order_year_estimate, false);
  EXPECT_EQ(jf17.delivered, 2);
  EXPECT_EQ(jf17.year, 2007);
  EXPECT_EQ(jf17.tiv, 35.0);
  EXPECT_TRUE(jf17.local_production);

  // Empty "is estimate" fields are unknown, not No.
  EXPECT_EQ(r->deliveries[1].delivered_estimate, std::nullopt);
  EXPECT_EQ(r->deliveries[1].year_estimate, std::nullopt);
  EXPECT_EQ(r->deliveries[1].order_year_estimate, true);

  // '?' keeps the number and marks it an estimate; empty TIV is missing, not 0.
  const ArmsDelivery& s400 = r->deliveries[2];
  EXPECT_EQ(s400.order_year, 2017);
  EXPECT_EQ(s400.order_year_estimate, true);
  EXPECT_EQ(s400.delivered, 4);
  EXPECT_EQ(s400.delivered_estimate, true);
  EXPECT_EQ(s400.tiv, std::nullopt);

  // "Turkiye" and "Turkey" are one actor; SIPRI's 0 (0 to 0.5 TIV) is kept as 0.
  EXPECT_EQ(r->deliveries[3].recipient, s400.recipient);
  EXPECT_EQ(r->deliveries[3].tiv, 0.0);
  EXPECT_EQ(r->Text(r->deliveries[3].status), "Second hand");
  EXPECT_EQ(r->deliveries[0].status, r->deliveries[1].status);  // one copy of each text

  // Non-state and multinational actors are named actors without a COW code.
  const Actor& unknown = r->actors[r->deliveries[4].supplier];
  const Actor& houthis = r->actors[r->deliveries[4].recipient];
  const Actor& nato = r->actors[r->deliveries[5].recipient];
  EXPECT_FALSE(unknown.is_state());
  EXPECT_FALSE(houthis.is_state());
  EXPECT_EQ(houthis.name, "Houthi rebels (Yemen)");
  EXPECT_FALSE(houthis.multinational);
  EXPECT_TRUE(nato.multinational);
  EXPECT_EQ(r->deliveries[5].delivered, std::nullopt);

  EXPECT_EQ(r->FindState(CowCode{770}), jf17.recipient);
  EXPECT_EQ(r->FindState(CowCode{790}), std::nullopt);
}

TEST(SipriTransfers, ReportsBrokenRowsWithLineAndColumn) {
  const std::string good = "1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,35,Yes";
  struct Case {
    std::string row;
    std::string where;
    std::string what;
  } cases[] = {
      {"x1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:1:", "column \"SIPRI AT Database ID\": got \"x1\", expected a positive deal id"},
      {"1,Atlantis,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:3:", "column \"Supplier\": got \"Atlantis\", expected a state"},
      {"1,China,Pakistan,,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:18:", "column \"Designation\": got \"\""},
      {"1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,199x,No,2,No,2007,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:48:", "column \"Order date\": got \"199x\", expected a year"},
      {"1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,Maybe,2,No,2007,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:53:", "column \"Order date is estimate\": got \"Maybe\", expected Yes, No"},
      {"1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,-2,No,2007,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:56:", "column \"Numbers delivered\": got \"-2\""},
      {"1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,,No,New,17.5,17.5,35,Yes",
       "trade_register.csv:14:61:", "column \"Delivery year\": got \"\", expected a delivery year"},
      {"1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,3 5,Yes",
       "trade_register.csv:14:83:", "column \"TIV delivery values\": got \"3 5\", expected a non-negative number"},
      {"1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,17.5,17.5,35,",
       "trade_register.csv:14:86:", "column \"Local production\": got \"\", expected Yes or No"},
  };
  for (const auto& c : cases) {
    Result<ArmsRegister> r = Load(Register({good, c.row}));
    ASSERT_FALSE(r.ok()) << c.row;
    EXPECT_EQ(r.status().code(), Status::Code::kDataError) << c.row;
    EXPECT_NE(r.status().message().find(c.where), std::string::npos) << c.row << " -> " << r.status().message();
    EXPECT_NE(r.status().message().find(c.what), std::string::npos) << c.row << " -> " << r.status().message();
  }
}

TEST(SipriTransfers, ReportsWrongShape) {
  std::string no_mark =
      Register({}) + "1,China,Pakistan,JF-17 -,FGA aircraft,Aircraft,1999,No,2,No,2007,No,New,1,1,1,Yes\r\n";
  Result<ArmsRegister> r = Load(no_mark);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("trade_register.csv:13:"), std::string::npos) << r.status().message();

  std::string text;
  for (int i = 0; i < 11; ++i) text += "preamble;\r\n";
  text += "SIPRI AT Database ID,Supplier;\r\n";
  Result<ArmsRegister> missing = Load(text);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("trade_register.csv:12: missing column \"Recipient\""),
            std::string::npos)
      << missing.status().message();
}

TEST(SipriTransfers, LoadsTheWholeBundleRegister) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  Result<CountryRegistry> registry = CountryRegistry::Load(dir);
  ASSERT_TRUE(registry.ok()) << registry.status().ToString();
  const DatasetInfo* info = Manifest::Bundle().Find("sipri_transfers");
  ASSERT_NE(info, nullptr);
  Result<ArmsRegister> r = LoadSipriTransfers(dir / info->path, info->path, *registry, info->csv);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(static_cast<int64_t>(r->deliveries.size()), info->rows);
  EXPECT_EQ(r->years, (Period{1995, 2024}));
  int non_state = 0;
  for (const Actor& a : r->actors) non_state += a.is_state() ? 0 : 1;
  // 30 names marked '*' or '**' or "unknown ...(s)" ("HoR (Libya)" on both sides), and four territories
  // without a COW code: Aruba, Northern Cyprus, Palestine, Western Sahara.
  EXPECT_EQ(non_state, 34);
}

}  // namespace sipri_transfers_test
}  // namespace entente
