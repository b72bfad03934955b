// Every route's examples answered by the handler and by the entente binary
// with --format json (the report's own --format): the bodies must be equal
// byte for byte; a command that fails must fail on the API too, with its
// message as the problem's detail.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/api_test_support.h"

namespace entente::api_matches_cli_test {
namespace {

using server_testing::RunCli;
using server_testing::SharedHandler;

class RouteExamples : public ::testing::TestWithParam<size_t> {};

TEST_P(RouteExamples, ApiEqualsCli) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  const Route& route = ApiRoutes().at(GetParam());
  ASSERT_FALSE(route.examples.empty()) << route.path << " has no example";
  for (const RouteExample& example : route.examples) {
    SCOPED_TRACE(route.method + " " + route.path + "?" + example.query + "  vs  entente " + example.command);
    HttpResponse response = handler->Handle(server_testing::ExampleRequest(route, example));
    const bool sets_format = example.command.find("--format") != std::string::npos;
    server_testing::CliRun cli = RunCli(example.command + (sets_format ? "" : " --format json"));
    if (cli.exit_code == 0) {
      EXPECT_EQ(response.status, 200) << response.body;
      EXPECT_EQ(response.body, cli.out);
    } else {
      ASSERT_TRUE(response.status == 400 || response.status == 404) << response.status << " " << response.body;
      std::string detail = nlohmann::json::parse(response.body).at("detail");
      EXPECT_NE(cli.err.find(detail), std::string::npos) << "CLI said: " << cli.err << "API said: " << detail;
    }
  }
}

std::string RouteName(const ::testing::TestParamInfo<size_t>& info) {
  const Route& route = ApiRoutes().at(info.param);
  std::string name = route.method;
  for (char c : route.path.substr(sizeof("/api/v1/") - 1)) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(EveryRoute, RouteExamples, ::testing::Range<size_t>(0, ApiRoutes().size()), RouteName);

}  // namespace
}  // namespace entente::api_matches_cli_test
