// The identical-resolution pairs: good input, then each kind of bad input
// with its exact line and column.
#include "data/un_identical_resolutions.h"

#include <sstream>

#include <gtest/gtest.h>

namespace entente {
namespace un_identical_resolutions_test {

Result<std::vector<IdenticalResolutionPair>> Load(const std::string& text) {
  std::istringstream in(text);
  return LoadUnIdenticalResolutions(in, "identical_resolutions.csv");
}

TEST(UnIdenticalResolutionsTest, ReadsPairsInFileOrder) {
  Result<std::vector<IdenticalResolutionPair>> r = Load("v1,rcid1,rcid2\n1,299,331\n2,392,423\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].rcid1, 299);
  EXPECT_EQ((*r)[1].rcid2, 423);
  Result<std::vector<IdenticalResolutionPair>> empty = Load("v1,rcid1,rcid2\n");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(UnIdenticalResolutionsTest, BrokenInputNamesLineAndColumn) {
  struct Case {
    const char* text;
    const char* where;
  };
  for (const Case& c : {
           Case{"v1,rcid1,rcid2\n1,299,331\n2,x9,423\n", "identical_resolutions.csv:3:3: column \"rcid1\": got \"x9\""},
           Case{"v1,rcid1,rcid2\n1,299,-4\n", "identical_resolutions.csv:2:7: column \"rcid2\": got \"-4\""},
           Case{"v1,rcid1,rcid2\n1,299,\n", "identical_resolutions.csv:2:7: column \"rcid2\": got \"\""},
           Case{"v1,rcid1,rcid2\n0,299,300\n", "identical_resolutions.csv:2:1: column \"v1\": got \"0\""},
           Case{"v1,rcid1,rcid2\n1,299,299\n", "identical_resolutions.csv:2:7: column \"rcid2\": got \"299\""},
           Case{"v1,rcid1\n1,299\n", "rcid2"},
       }) {
    Result<std::vector<IdenticalResolutionPair>> r = Load(c.text);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), Status::Code::kDataError) << c.text;
    EXPECT_NE(r.status().message().find(c.where), std::string::npos) << r.status().message();
  }
}

}  // namespace un_identical_resolutions_test
}  // namespace entente
