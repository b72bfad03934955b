// Thousands of requests made by mutating the routes' examples (bytes
// replaced, parameters dropped, doubled, renamed, given odd values), with a
// fixed seed: none may get a 5xx, every response carries the security
// headers and every problem parses. The fuzz target (fuzz/api_request_fuzz.cc)
// explores further; this keeps a short run in every test suite.
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/api_test_support.h"

namespace entente::api_mutations_test {
namespace {

constexpr int kRequests = 3000;
constexpr uint32_t kSeed = 20;

const std::vector<std::string>& OddValues() {
  static const std::vector<std::string> values = {
      "", " ", "0", "-1", "99999999999999999999999", "1e3", "0x10", "2100", "1399", "PAK,", ",", "%", "\xff\xfe",
      "PAK+", "+", "IND-", "-", "total", "YEAR", "true", "no", "a=b", std::string(3000, 'x'), "Pakistan", "710",
      "cow:PAK", "m49:", "\xe2\x80\x8b", std::string(1, '\0'), "CHN,CHN,CHN", "26-", "72-26", "0-0", "me,xx"};
  return values;
}

TEST(ApiMutations, NoUserInputReachesA5xx) {
  ApiHandler* handler = server_testing::SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  std::mt19937 rng(kSeed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::vector<HttpRequest> seeds;
  for (const Route& route : ApiRoutes()) {
    // The slow fits and documents are covered by the examples; mutating them would take minutes.
    if (route.path == "/api/v1/ideal" || route.path == "/api/v1/report" || route.path == "/api/v1/check") continue;
    for (const RouteExample& example : route.examples) seeds.push_back(server_testing::ExampleRequest(route, example));
  }
  int answered = 0;
  for (int i = 0; i < kRequests; ++i) {
    HttpRequest r = seeds[pick(seeds.size())];
    switch (pick(7)) {
      case 0:
        if (!r.query.empty()) r.query.erase(r.query.begin() + static_cast<long>(pick(r.query.size())));
        break;
      case 1:
        if (!r.query.empty()) r.query.push_back(r.query[pick(r.query.size())]);
        break;
      case 2:
        if (!r.query.empty()) r.query[pick(r.query.size())].second = OddValues()[pick(OddValues().size())];
        break;
      case 3:
        if (!r.query.empty()) r.query[pick(r.query.size())].first += "x";
        break;
      case 4:
        if (!r.path.empty()) r.path[pick(r.path.size())] = static_cast<char>(rng());
        break;
      case 5: r.method = std::vector<std::string>{"POST", "PUT", "HEAD", "", "get"}[pick(5)]; break;
      case 6:
        for (auto& [name, value] : r.query) value = OddValues()[pick(OddValues().size())];
        break;
    }
    HttpResponse response = handler->Handle(r);
    std::string target = r.method + " " + r.path;
    for (const auto& [name, value] : r.query) target += " " + name + "=" + value;
    ASSERT_LT(response.status, 500) << target << "\n" << response.body;
    ASSERT_NE(response.Header("X-Content-Type-Options"), nullptr) << target;
    if (response.content_type == "application/problem+json") {
      ASSERT_TRUE(nlohmann::json::accept(response.body)) << target;
    }
    answered += response.status == 200;
  }
  EXPECT_GT(answered, kRequests / 10);  // the mutations still reach the queries
}

}  // namespace
}  // namespace entente::api_mutations_test
