// The OpenAPI document of the routes.
#include "server/openapi.h"

#include "core/version.h"

namespace entente {
namespace {

using Json = nlohmann::ordered_json;

Json SchemaOf(const RouteParam& p) {
  Json s;
  switch (p.kind) {
    case ParamKind::kText:
    case ParamKind::kFilter: s["type"] = "string"; break;
    case ParamKind::kNumber:
      s["type"] = "integer";
      s["minimum"] = p.min;
      s["maximum"] = p.max;
      break;
    case ParamKind::kChoice:
      s["type"] = "string";
      s["enum"] = p.choices;
      break;
    case ParamKind::kList:
    case ParamKind::kRepeated:
      s["type"] = "array";
      s["items"] = Json{{"type", "string"}};
      break;
    case ParamKind::kFlag: s["type"] = "boolean"; break;
  }
  return s;
}

Json Parameter(const RouteParam& p) {
  Json j;
  j["name"] = p.name;
  j["in"] = p.in_path ? "path" : "query";
  j["required"] = p.required || p.in_path;
  j["description"] = p.help;
  j["schema"] = SchemaOf(p);
  if (p.kind == ParamKind::kList) {
    j["style"] = "form";
    j["explode"] = false;
  } else if (p.kind == ParamKind::kRepeated) {
    j["style"] = "form";
    j["explode"] = true;
  } else if (p.kind == ParamKind::kFlag) {
    j["allowEmptyValue"] = true;
  }
  return j;
}

Json ProblemRef(const std::string& description) {
  return Json{{"description", description},
              {"content", {{"application/problem+json", {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}};
}

Json Operation(const Route& r) {
  Json op;
  op["summary"] = r.summary;
  std::string description = "The output of `" + r.command + " --format json`";
  if (!r.examples.empty()) description += ", e.g. `entente " + r.examples.front().command + " --format json`";
  op["description"] = description + ".";
  op["operationId"] = r.method + r.path;
  Json params = Json::array();
  for (const RouteParam& p : r.params) params.push_back(Parameter(p));
  op["parameters"] = params;
  if (r.method == "POST") {
    op["requestBody"] = Json{{"required", true},
                             {"description", "A claim file (TOML, docs/CLAIMS.md), at most 1 MiB"},
                             {"content", {{"application/toml", {{"schema", {{"type", "string"}}}}}}}};
  }
  Json ok{{"description", "The answer; an answer without rows is a 200 with empty tables"}};
  for (const std::string& type : r.media_types) {
    Json schema = type == "application/json"
                      ? Json{{"$ref", r.path == "/api/v1/report" ? "#/components/schemas/Report"
                                                                  : "#/components/schemas/Answer"}}
                      : Json{{"type", "string"}};
    ok["content"][type] = Json{{"schema", schema}};
  }
  ok["headers"]["ETag"] = Json{{"schema", {{"type", "string"}}}, {"description", "Send it back in If-None-Match"}};
  Json responses;
  responses["200"] = ok;
  responses["304"] = Json{{"description", "Not modified: If-None-Match named this answer's ETag"}};
  responses["400"] = ProblemRef("A bad parameter; the detail is the CLI's message");
  responses["404"] = ProblemRef("An unknown state (the detail names the closest), or nothing found");
  responses["405"] = ProblemRef("Wrong method");
  if (r.method == "POST") responses["413"] = ProblemRef("Body over 1 MiB");
  responses["421"] = ProblemRef("The Host header names another server (DNS rebinding)");
  responses["431"] = ProblemRef("Request headers over 8 KiB");
  op["responses"] = responses;
  return op;
}

Json Components() {
  Json problem{{"type", "object"},
               {"required", {"type", "title", "status", "detail"}},
               {"properties",
                {{"type", {{"type", "string"}}},
                 {"title", {{"type", "string"}}},
                 {"status", {{"type", "integer"}}},
                 {"detail", {{"type", "string"}}}}}};
  Json answer{{"type", "object"},
              {"description", "An answer (docs/OUTPUTS.md): its tables are the other keys, each an array of rows"},
              {"required", {"command", "title", "facts", "notes", "datasets", "entente_version"}},
              {"properties",
               {{"command", {{"type", "string"}}},
                {"title", {{"type", "string"}}},
                {"facts", {{"type", "object"}}},
                {"notes", {{"type", "array"}, {"items", {{"type", "string"}}}}},
                {"datasets", {{"type", "array"}, {"items", {{"type", "object"}}}}},
                {"entente_version", {{"type", "string"}}}}},
              {"additionalProperties", {{"type", "array"}, {"items", {{"type", "object"}}}}}};
  Json report{{"type", "object"},
              {"description", "The report as JSON (entente report --format json)"},
              {"required", {"title", "parts", "datasets"}},
              {"properties",
               {{"title", {{"type", "string"}}},
                {"parts", {{"type", "array"}}},
                {"datasets", {{"type", "array"}}}}}};
  return Json{{"schemas", {{"Answer", answer}, {"Report", report}, {"Problem", problem}}}};
}

}  // namespace

Json OpenApiDocument(const std::vector<Route>& routes) {
  Json doc;
  doc["openapi"] = "3.0.3";
  doc["info"] = Json{{"title", "entente API"},
                     {"version", kEntenteVersion},
                     {"description", "The answers of the entente commands as JSON: each route returns what "
                                     "`entente COMMAND ... --format json` prints for the same request."}};
  Json paths = Json::object();
  for (const Route& r : routes) {
    std::string method = r.method == "GET" ? "get" : "post";
    paths[r.path][method] = Operation(r);
  }
  Json self;
  self["summary"] = "This document";
  self["operationId"] = "GET/api/v1/openapi.json";
  self["parameters"] = Json::array();
  self["responses"]["200"] = Json{{"description", "OpenAPI 3.0"},
                                  {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
  paths["/api/v1/openapi.json"]["get"] = self;
  doc["paths"] = paths;
  doc["components"] = Components();
  return doc;
}

}  // namespace entente
