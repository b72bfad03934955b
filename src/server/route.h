// The API's routes as one table: each route's method and path, its
// parameters (name, kind, range, help line), the command line it mirrors, its
// examples and the function that answers it. The router, the parameter
// checks, /api/v1/openapi.json, the index page and the tests all read this
// table, so nothing about a route is written twice.
#ifndef ENTENTE_SERVER_ROUTE_H_
#define ENTENTE_SERVER_ROUTE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "query/workspace.h"
#include "server/route_args.h"

namespace entente {

// A route's answer: the body and its media type.
struct Reply {
  std::string content_type;
  std::string body;
};

// One request and the command that gives the same output with --format json
// (or the report's --format): the tests run both and compare.
struct RouteExample {
  std::string query;        // "a=PAK&b=CHN&from=1971&to=2017"
  std::string command;      // "votes PAK CHN --from 1971 --to 2017"
  std::string body = {};    // for POST: a file of the repository sent as the body
};

struct Route {
  Route(std::string method_in, std::string path_in, std::string summary_in, std::string command_in)
      : method(std::move(method_in)), path(std::move(path_in)), summary(std::move(summary_in)),
        command(std::move(command_in)) {}

  std::string method;  // GET or POST
  // "/api/v1/votes"; a segment "{name}" is a path parameter, listed in params.
  std::string path;
  std::string summary;
  std::string command;  // the command it mirrors: "entente votes A B"
  std::vector<RouteParam> params;
  std::vector<RouteExample> examples;
  std::function<Result<Reply>(Workspace&, const RouteArgs&, const std::string& body)> run;
  // The media types of a 200 answer (application/json unless listed).
  std::vector<std::string> media_types = {"application/json"};
};

// Every route of /api/v1/, in the order of the index page and the OpenAPI
// document (openapi.json itself is served by the handler).
const std::vector<Route>& ApiRoutes();

// The routes of each field, one file each.
void AddStateRoutes(std::vector<Route>& routes);
void AddVoteRoutes(std::vector<Route>& routes);
void AddArmsRoutes(std::vector<Route>& routes);
void AddRelationRoutes(std::vector<Route>& routes);
void AddDocumentRoutes(std::vector<Route>& routes);

inline constexpr uint64_t kMaxServerBootstrap = 20;

// The JSON the CLI writes for an answer (--format json), or the failure.
Result<Reply> JsonReply(const Workspace& ws, Result<Answer> answer);

}  // namespace entente

#endif  // ENTENTE_SERVER_ROUTE_H_
