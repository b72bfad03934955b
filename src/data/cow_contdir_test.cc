// Tests of the contiguity loader: broken rows first, then the bundle.
#include "data/cow_contdir.h"

#include <sstream>

#include <gtest/gtest.h>

#include "support/bundle.h"

namespace entente {
namespace cow_contdir_test {

constexpr const char* kHeader = "\"ccode1\",\"ccode2\",\"conttype\",\"stdate\",\"enddate\"\n";

TEST(CowContdir, RejectsMalformedRows) {
  struct Case {
    std::string body;
    std::string message;
  } cases[] = {
      {"2,20,6,1920-01-01,2016-12-01\n", "cont.csv:2:6: column \"conttype\": got \"6\""},
      {"2,20,1,1920-13-01,2016-12-01\n", "cont.csv:2:8: column \"stdate\": got \"1920-13-01\", expected a date written YYYY-MM-DD"},
      {"2,20,1,1920-01-01,1919-12-01\n", "cont.csv:2:19: column \"enddate\": got \"1919-12-01\", expected a date on or after stdate (1920-01-01)"},
  };
  for (const auto& c : cases) {
    std::istringstream in(std::string(kHeader) + c.body);
    auto rows = LoadCowContdir(in, "cont.csv");
    ASSERT_FALSE(rows.ok()) << c.body;
    EXPECT_NE(rows.status().message().find(c.message), std::string::npos) << rows.status().message();
  }
}

TEST(CowContdir, ReadsSpells) {
  std::istringstream in(std::string(kHeader) + "2,40,4,1902-05-01,1906-09-01\n2,40,4,1909-01-01,2016-12-01\n");
  auto rows = LoadCowContdir(in, "cont.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].start, (CalendarDate{1909, 1, 1}));
  EXPECT_STREQ(ContiguityLabel(1), "land or river border");
}

TEST(CowContdir, ReadsTheBundle) {
  ENTENTE_REQUIRE_BUNDLE(dir);
  auto rows = LoadCowContdir(dir / "cow" / "cow_contdir.csv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->size(), 1874u);
}

}  // namespace cow_contdir_test
}  // namespace entente
