// The OpenAPI document against the route table, and every example's answer
// and every problem against the document's schemas, with a validator of the
// subset the document uses (type, required, properties,
// additionalProperties, items, enum, minimum, maximum, $ref).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "server/api_test_support.h"
#include "server/openapi.h"

namespace entente::openapi_test {
namespace {

using Json = nlohmann::ordered_json;

const Json& Resolve(const Json& doc, const Json& schema) {
  if (!schema.contains("$ref")) return schema;
  std::string ref = schema.at("$ref");  // "#/components/schemas/NAME"
  return doc.at("components").at("schemas").at(ref.substr(ref.rfind('/') + 1));
}

bool HasType(const Json& value, const std::string& type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  return false;
}

// The first way `value` breaks `schema`, or "".
std::string Violation(const Json& doc, const Json& value, const Json& schema_in, const std::string& where) {
  const Json& schema = Resolve(doc, schema_in);
  if (schema.contains("type") && !HasType(value, schema.at("type"))) {
    return where + ": expected " + schema.at("type").get<std::string>() + ", got " + value.type_name();
  }
  if (schema.contains("enum")) {
    bool found = false;
    for (const auto& e : schema.at("enum")) found = found || e == value;
    if (!found) return where + ": not one of the enum";
  }
  if (value.is_object()) {
    for (const auto& key : schema.value("required", Json::array())) {
      if (!value.contains(key.get<std::string>())) return where + ": no key " + key.get<std::string>();
    }
    for (const auto& [key, item] : value.items()) {
      if (schema.contains("properties") && schema.at("properties").contains(key)) {
        std::string v = Violation(doc, item, schema.at("properties").at(key), where + "." + key);
        if (!v.empty()) return v;
      } else if (schema.contains("additionalProperties")) {
        std::string v = Violation(doc, item, schema.at("additionalProperties"), where + "." + key);
        if (!v.empty()) return v;
      }
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (size_t i = 0; i < value.size(); ++i) {
      std::string v = Violation(doc, value[i], schema.at("items"), where + "[" + std::to_string(i) + "]");
      if (!v.empty()) return v;
    }
  }
  return "";
}

TEST(OpenApi, DescribesEveryRouteAndParameter) {
  Json doc = OpenApiDocument(ApiRoutes());
  EXPECT_EQ(doc.at("openapi"), "3.0.3");
  size_t operations = 0;
  for (const auto& [path, item] : doc.at("paths").items()) operations += item.size();
  EXPECT_EQ(operations, ApiRoutes().size() + 1);  // and openapi.json itself
  for (const Route& r : ApiRoutes()) {
    SCOPED_TRACE(r.path);
    std::string method = r.method == "GET" ? "get" : "post";
    ASSERT_TRUE(doc.at("paths").contains(r.path));
    const Json& op = doc.at("paths").at(r.path).at(method);
    ASSERT_EQ(op.at("parameters").size(), r.params.size());
    for (size_t i = 0; i < r.params.size(); ++i) {
      EXPECT_EQ(op.at("parameters")[i].at("name"), r.params[i].name);
      EXPECT_EQ(op.at("parameters")[i].at("in"), r.params[i].in_path ? "path" : "query");
    }
    for (const char* status : {"200", "400", "404", "405"}) EXPECT_TRUE(op.at("responses").contains(status)) << status;
  }
}

TEST(OpenApi, EveryAnswerAndProblemFitsItsSchema) {
  ApiHandler* handler = server_testing::SharedHandler();
  if (handler == nullptr) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
  HttpRequest self;
  self.method = "GET";
  self.path = "/api/v1/openapi.json";
  self.headers = {{"Host", "localhost"}};
  HttpResponse served = handler->Handle(self);
  ASSERT_EQ(served.status, 200);
  Json doc = Json::parse(served.body);
  EXPECT_EQ(doc, OpenApiDocument(ApiRoutes()));
  for (const Route& r : ApiRoutes()) {
    const Json& op = doc.at("paths").at(r.path).at(r.method == "GET" ? "get" : "post");
    for (const RouteExample& example : r.examples) {
      SCOPED_TRACE(r.path + "?" + example.query);
      HttpResponse response = handler->Handle(server_testing::ExampleRequest(r, example));
      std::string status = std::to_string(response.status);
      ASSERT_TRUE(op.at("responses").contains(status)) << "undocumented status " << status;
      const Json& documented = op.at("responses").at(status);
      std::string type = response.content_type.substr(0, response.content_type.find(';'));
      ASSERT_TRUE(documented.at("content").contains(type)) << type;
      if (type.find("json") == std::string::npos) continue;
      std::string violation =
          Violation(doc, Json::parse(response.body), documented.at("content").at(type).at("schema"), "$");
      EXPECT_EQ(violation, "");
    }
  }
  // Problems: a bad parameter on every route.
  for (const Route& r : ApiRoutes()) {
    HttpRequest bad;
    bad.method = r.method;
    bad.path = r.path;
    bad.headers = {{"Host", "localhost"}};
    bad.query = {{"no-such-parameter", "1"}};
    HttpResponse response = handler->Handle(bad);
    EXPECT_EQ(response.status, 400) << r.path;
    const Json& op = doc.at("paths").at(r.path).at(r.method == "GET" ? "get" : "post");
    const Json& schema = op.at("responses").at(std::to_string(response.status)).at("content")
                             .at("application/problem+json").at("schema");
    EXPECT_EQ(Violation(doc, Json::parse(response.body), schema, "$"), "") << r.path;
  }
}

}  // namespace
}  // namespace entente::openapi_test
