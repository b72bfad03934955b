// Tests of the reactor list loader: broken rows with their line and column,
// missing capacities, then Pakistan's reactors in the bundle.
#include "data/nuclear_plants.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"
#include "support/registry_fixture.h"

namespace entente {
namespace nuclear_plants_test {

constexpr const char* kHeader =
    "Id,Name,Latitude,Longitude,Country,CountryCode,Status,ReactorType,ReactorModel,ConstructionStartAt,"
    "OperationalFrom,OperationalTo,Capacity,LastUpdatedAt,Source,IAEAId\n";

class NuclearPlantsTest : public testing::BundleRegistryTest {
 protected:
  Result<std::vector<Reactor>> Load(const std::string& body) {
    std::istringstream in(std::string(kHeader) + body);
    return LoadNuclearPlants(in, "npp.csv", *registry_);
  }
};

TEST_F(NuclearPlantsTest, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"131,CHASNUPP-1,32.3,71.4,Pakistan,XX,Operational,PWR,CNP-300,1993-08-01,2000-09-15,,300,2021-06-07,IAEA,428\n",
       "npp.csv:2:35: column \"CountryCode\": got \"XX\", expected an ISO 3166 alpha-2 code"},
      {"131,CHASNUPP-1,32.3,71.4,Pakistan,PK,Working,PWR,CNP-300,1993-08-01,2000-09-15,,300,2021-06-07,IAEA,428\n",
       "npp.csv:2:38: column \"Status\": got \"Working\", expected one of: Operational"},
      {"131,CHASNUPP-1,32.3,71.4,Pakistan,PK,Operational,PWR,CNP-300,1993-08-01,2000-9-15,,300,2021-06-07,IAEA,428\n",
       "npp.csv:2:73: column \"OperationalFrom\": got \"2000-9-15\""},
      {"131,CHASNUPP-1,32.3,71.4,Pakistan,PK,Operational,PWR,CNP-300,1993-08-01,2000-09-15,,300 MW,2021-06-07,IAEA,428\n",
       "npp.csv:2:85: column \"Capacity\": got \"300 MW\""},
  };
  for (const auto& c : cases) {
    auto rows = Load(c.body);
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST_F(NuclearPlantsTest, EmptyCapacityIsMissing) {
  auto rows = Load("9,X-1,,,Taiwan,TW,Planned,,,,,,,2021-06-07,IAEA,\n");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].ccode.value, 713);
  EXPECT_FALSE((*rows)[0].capacity_mwe);
  EXPECT_FALSE((*rows)[0].iaea_id);
  EXPECT_FALSE((*rows)[0].construction_start);
}

TEST_F(NuclearPlantsTest, ReadsTheBundle) {
  auto rows = LoadNuclearPlants(dir_ / "nuclear" / "nuclear_power_plants.csv", *registry_);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 804u);
  int pakistan = 0;
  for (const auto& r : *rows) pakistan += r.ccode.value == 770 ? 1 : 0;
  EXPECT_EQ(pakistan, 7);
}

}  // namespace nuclear_plants_test
}  // namespace entente
