// Each kind of error, answered as a problem (RFC 9457) with the status, type
// and text a user should see; conditional requests; the security headers.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/api_test_support.h"

namespace entente::api_errors_test {
namespace {

using server_testing::SharedHandler;

HttpRequest Get(const std::string& target) { return server_testing::GetRequest(target); }

struct ErrorCase {
  std::string name;
  HttpRequest request;
  int status;
  std::string type;
  std::string detail;  // a part of the detail
};

std::vector<ErrorCase> Cases() {
  std::vector<ErrorCase> cases;
  cases.push_back({"bad_year", Get("/api/v1/votes?a=PAK&b=CHN&from=abc"), 400, "/problems/bad-parameter",
                   "from: expected a year from 1900 to 2100, written in digits, got \"abc\""});
  cases.push_back({"hex_year", Get("/api/v1/power?a=PAK&b=CHN&from=0x7dd"), 400, "/problems/bad-parameter",
                   "written in digits"});
  cases.push_back({"from_after_to", Get("/api/v1/votes?a=PAK&b=CHN&from=2000&to=1990"), 400,
                   "/problems/bad-parameter", "--from 2000 is after --to 1990"});
  cases.push_back({"unknown_parameter", Get("/api/v1/votes?a=PAK&b=CHN&frm=2000"), 400, "/problems/bad-parameter",
                   "unknown parameter \"frm\"; this route takes a, b, by, from"});
  cases.push_back({"repeated_parameter", Get("/api/v1/votes?a=PAK&a=IND&b=CHN"), 400, "/problems/bad-parameter",
                   "a: given more than once"});
  cases.push_back({"missing_parameter", Get("/api/v1/votes?a=PAK"), 400, "/problems/bad-parameter", "b: required"});
  cases.push_back({"bad_choice", Get("/api/v1/votes?a=PAK&b=CHN&by=decade"), 400, "/problems/bad-parameter",
                   "by: expected one of issue, session, total, year, got \"decade\""});
  cases.push_back({"bad_flag", Get("/api/v1/votes?a=PAK&b=CHN&important=maybe"), 400, "/problems/bad-parameter",
                   "important: expected true or false"});
  cases.push_back({"blank_filter", Get("/api/v1/vetoes?topic=%20"), 400, "/problems/bad-parameter",
                   "topic: expected a text; an empty one would match everything"});
  cases.push_back({"top_with_by_year", Get("/api/v1/arms/imports?recipient=PAK&by=year&top=3"), 400,
                   "/problems/bad-parameter", "--top applies to --by supplier or recipient"});
  cases.push_back({"report_md", Get("/api/v1/report?a=PAK&b=CHN&format=md"), 400, "/problems/bad-parameter",
                   "writes its charts as SVG files"});
  cases.push_back({"not_utf8", Get("/api/v1/states?q=%FF"), 400, "/problems/bad-parameter", "not UTF-8"});
  cases.push_back({"unknown_state", Get("/api/v1/votes?a=Pakistn&b=CHN"), 404, "/problems/unknown-state",
                   "unknown country \"Pakistn\"; did you mean Pakistan"});
  cases.push_back({"unknown_state_in_path", Get("/api/v1/states/Atlantis"), 404, "/problems/unknown-state",
                   "unknown country \"Atlantis\""});
  cases.push_back({"unknown_route", Get("/api/v1/nothing"), 404, "/problems/unknown-route", "no route /api/v1/nothing"});
  cases.push_back({"unknown_route_outside_api", Get("/etc/passwd"), 404, "/problems/unknown-route", "no route"});
  HttpRequest post = Get("/api/v1/votes?a=PAK&b=CHN");
  post.method = "POST";
  cases.push_back({"post_to_get_route", post, 405, "/problems/method-not-allowed", "takes GET, HEAD, not POST"});
  HttpRequest get_check = Get("/api/v1/check");
  cases.push_back({"get_to_post_route", get_check, 405, "/problems/method-not-allowed", "takes POST, not GET"});
  HttpRequest del = Get("/");
  del.method = "DELETE";
  cases.push_back({"delete_index", del, 405, "/problems/method-not-allowed", "takes GET"});
  HttpRequest big = Get("/api/v1/check");
  big.method = "POST";
  big.body.assign(kMaxBodyBytes + 1, '#');
  cases.push_back({"body_too_large", big, 413, "/problems/body-too-large", "at most 1048576"});
  HttpRequest headers = Get("/api/v1/states");
  headers.headers.emplace_back("X-Filler", std::string(kMaxHeaderBytes, 'x'));
  cases.push_back({"headers_too_large", headers, 431, "/problems/headers-too-large", "the server reads at most 8192"});
  HttpRequest rebinding = Get("/api/v1/states");
  rebinding.headers = {{"Host", "attacker.example:8750"}};
  cases.push_back({"dns_rebinding", rebinding, 421, "/problems/misdirected", "not \"attacker.example:8750\""});
  HttpRequest no_host = Get("/api/v1/states");
  no_host.headers.clear();
  cases.push_back({"no_host", no_host, 400, "/problems/bad-host", "no Host header"});
  HttpRequest bad_claims = Get("/api/v1/check");
  bad_claims.method = "POST";
  bad_claims.body = "[[claim]]\nid = 3\n";
  cases.push_back({"bad_claim_file", bad_claims, 400, "/problems/bad-parameter", "claims.toml:"});
  HttpRequest unknown_state_claim = Get("/api/v1/check");
  unknown_state_claim.method = "POST";
  unknown_state_claim.body = "[[claim]]\nid = \"x\"\ntext = \"t\"\nwhere = \"p. 1\"\nmetric = \"votes.ia\"\n"
                             "params = { a = \"Atlantis\", b = \"CHN\" }\nexpect = { value = 0.5, tolerance = 0.1 }\n";
  cases.push_back({"claim_with_unknown_state", unknown_state_claim, 404, "/problems/unknown-state", "Atlantis"});
  return cases;
}

TEST(ApiErrors, EachKindIsAProblem) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  for (const ErrorCase& c : Cases()) {
    SCOPED_TRACE(c.name);
    HttpResponse r = handler->Handle(c.request);
    EXPECT_EQ(r.status, c.status) << r.body;
    EXPECT_EQ(r.content_type, "application/problem+json");
    nlohmann::json body = nlohmann::json::parse(r.body);
    EXPECT_EQ(body.at("type"), c.type);
    EXPECT_EQ(body.at("status"), c.status);
    EXPECT_TRUE(body.at("title").is_string());
    EXPECT_NE(body.at("detail").get<std::string>().find(c.detail), std::string::npos) << body.at("detail");
    ASSERT_NE(r.Header("X-Content-Type-Options"), nullptr);
    ASSERT_NE(r.Header("Content-Security-Policy"), nullptr);
    EXPECT_EQ(r.Header("Access-Control-Allow-Origin"), nullptr);
    if (c.status == 405) {
      EXPECT_NE(r.Header("Allow"), nullptr);
    }
  }
}

TEST(ApiErrors, DetailIsTheCliMessage) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  HttpResponse r = handler->Handle(Get("/api/v1/power?a=Pakistn&b=CHN"));
  server_testing::CliRun cli = server_testing::RunCli("power Pakistn CHN --format json");
  EXPECT_EQ(cli.exit_code, 2);
  std::string detail = nlohmann::json::parse(r.body).at("detail");
  EXPECT_EQ("entente: usage error: " + detail + "\n", cli.err);
}

TEST(ApiErrors, EmptyAnswerIsOk) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  // China holds no seat before 1971: no counted roll call, a note, exit 0.
  HttpResponse r = handler->Handle(Get("/api/v1/votes?a=CHN&b=USA&from=1960&to=1965"));
  ASSERT_EQ(r.status, 200) << r.body;
  nlohmann::json body = nlohmann::json::parse(r.body);
  EXPECT_TRUE(body.at("votes").empty() || body.at("votes").at(0).at("n") == 0) << body.dump();
}

TEST(ApiConditional, ETagAndNotModified) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  HttpRequest request = Get("/api/v1/votes?a=PAK&b=CHN");
  HttpResponse first = handler->Handle(request);
  ASSERT_EQ(first.status, 200);
  ASSERT_NE(first.Header("ETag"), nullptr);
  const std::string etag = *first.Header("ETag");
  EXPECT_EQ(etag.size(), 34u);
  EXPECT_EQ(*handler->Handle(request).Header("ETag"), etag);  // stable
  HttpResponse other = handler->Handle(Get("/api/v1/votes?a=PAK&b=IND"));
  EXPECT_NE(*other.Header("ETag"), etag);  // per request
  request.headers.emplace_back("If-None-Match", "\"0000\", " + etag);
  HttpResponse again = handler->Handle(request);
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(*again.Header("ETag"), etag);
  request.headers.back().second = "W/" + etag;
  EXPECT_EQ(handler->Handle(request).status, 304);
  request.headers.back().second = "\"other\"";
  EXPECT_EQ(handler->Handle(request).status, 200);
  // A claim check always runs.
  HttpRequest check = Get("/api/v1/check");
  check.method = "POST";
  check.body = "[[claim]]\nid = 3\n";
  HttpResponse checked = handler->Handle(check);
  check.headers.emplace_back("If-None-Match", "*");
  EXPECT_EQ(handler->Handle(check).status, checked.status);
}

TEST(ApiHosts, LoopbackNamesAndTheBoundHost) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  for (std::string host : {"localhost", "LOCALHOST:8750", "127.0.0.1", "127.0.0.1:1", "[::1]", "[::1]:8750"}) {
    HttpRequest r = Get("/api/v1/states?q=PAK");
    r.headers = {{"host", host}};
    EXPECT_EQ(handler->Handle(r).status, 200) << host;
  }
  for (std::string host : {"localhost.attacker.example", "127.0.0.2", "example.com", "[::2]", "0.0.0.0"}) {
    HttpRequest r = Get("/api/v1/states?q=PAK");
    r.headers = {{"Host", host}};
    EXPECT_EQ(handler->Handle(r).status, 421) << host;
  }
}

TEST(ApiIndex, ListsEveryRoute) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  HttpResponse r = handler->Handle(Get("/api/"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  for (const Route& route : ApiRoutes()) EXPECT_NE(r.body.find(route.path), std::string::npos) << route.path;
  EXPECT_NE(r.body.find("href=\"/\""), std::string::npos) << "links the dashboard";
}

}  // namespace
}  // namespace entente::api_errors_test
