// The dashboard's files as the server answers them: every page path gives the
// page with its own Content-Security-Policy, every file the page and its
// scripts name is built in, each answer has an ETag that a conditional
// request meets with 304, and the documents take no parameters.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "server/api_test_support.h"
#include "server/site_files.h"

namespace entente::dashboard_site_test {
namespace {

using server_testing::GetRequest;
using server_testing::SharedHandler;

TEST(DashboardSite, EveryPagePathAnswersThePageWithItsPolicy) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  for (const char* target : {"/", "/map", "/pair", "/claims", "/data", "/map?state=PAK&measure=agree&tab=table",
                             "/pair?a=PAK&b=CHN&from=2013&to=2018"}) {
    HttpResponse r = handler->Handle(GetRequest(target));
    ASSERT_EQ(r.status, 200) << target << ": " << r.body;
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8") << target;
    EXPECT_EQ(r.body, DashboardPage()) << target;
    const std::string* policy = r.Header("Content-Security-Policy");
    ASSERT_NE(policy, nullptr) << target;
    // Scripts from the server only: no inline script can run.
    EXPECT_NE(policy->find("script-src 'self' 'unsafe-eval';"), std::string::npos) << *policy;
    EXPECT_NE(policy->find("connect-src 'self'"), std::string::npos) << *policy;
    EXPECT_EQ(policy->find("unsafe-inline'; style"), std::string::npos) << *policy;
    int policies = 0;
    for (const auto& [name, value] : r.headers) policies += name == "Content-Security-Policy";
    EXPECT_EQ(policies, 1) << target;
  }
}

TEST(DashboardSite, EveryFileThePageAndItsScriptsNameIsBuiltIn) {
  std::set<std::string> named;
  const std::string page(DashboardPage());
  ASSERT_FALSE(page.empty());
  const std::regex attribute(R"re((?:src|href)="(/(?:app|vendor)/[^"]+)")re");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), attribute); it != std::sregex_iterator(); ++it) {
    named.insert((*it)[1]);
  }
  EXPECT_GE(named.size(), 6u) << "the page's scripts and styles";
  const std::regex import(R"re(from '\./([a-z_]+\.js)')re");
  for (const SiteFile& file : SiteFiles()) {
    if (file.path.rfind("/app/", 0) != 0 || !file.path.ends_with(".js")) continue;
    const std::string body(file.body);
    for (auto it = std::sregex_iterator(body.begin(), body.end(), import); it != std::sregex_iterator(); ++it) {
      named.insert("/app/" + (*it)[1].str());
    }
  }
  for (const std::string& path : named) EXPECT_NE(FindSiteFile(path), nullptr) << path << " is named but not built in";
  // The map's data, fetched by world.js.
  EXPECT_NE(FindSiteFile("/vendor/countries-110m.json"), nullptr);
}

TEST(DashboardSite, FilesHaveTheirTypesAndAnETagThatAnswers304) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  for (const SiteFile& file : SiteFiles()) {
    if (file.path == "/index.html") continue;  // the page answers at its paths, not as a file
    HttpResponse r = handler->Handle(GetRequest(std::string(file.path)));
    ASSERT_EQ(r.status, 200) << file.path;
    EXPECT_EQ(r.content_type, file.content_type) << file.path;
    EXPECT_FALSE(r.body.empty()) << file.path;
    EXPECT_EQ(r.body.find("sourceMappingURL"), std::string::npos) << file.path;
    const std::string* etag = r.Header("ETag");
    ASSERT_NE(etag, nullptr) << file.path;
    HttpRequest again = GetRequest(std::string(file.path));
    again.headers.emplace_back("If-None-Match", *etag);
    HttpResponse cached = handler->Handle(again);
    EXPECT_EQ(cached.status, 304) << file.path;
    EXPECT_TRUE(cached.body.empty()) << file.path;
  }
  EXPECT_EQ(FindSiteFile("/app/main.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(FindSiteFile("/app/dashboard.css")->content_type, "text/css; charset=utf-8");
}

TEST(DashboardSite, DocumentsRefuseParametersAndOtherMethods) {
  ApiHandler* handler = SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  HttpResponse r = handler->Handle(GetRequest("/app/main.js?v=2"));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("unknown parameter \\\"v\\\""), std::string::npos) << r.body;
  HttpRequest post = GetRequest("/map");
  post.method = "POST";
  r = handler->Handle(post);
  EXPECT_EQ(r.status, 405);
  ASSERT_NE(r.Header("Allow"), nullptr);
  EXPECT_EQ(*r.Header("Allow"), "GET, HEAD");
  EXPECT_EQ(handler->Handle(GetRequest("/app/missing.js")).status, 404);
  EXPECT_EQ(handler->Handle(GetRequest("/index.html")).status, 404) << "the page answers at / and the page paths";
}

}  // namespace
}  // namespace entente::dashboard_site_test
