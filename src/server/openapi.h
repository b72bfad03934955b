// /api/v1/openapi.json: an OpenAPI 3.0 document generated from the route
// table, so that it names every route and parameter the router knows.
#ifndef ENTENTE_SERVER_OPENAPI_H_
#define ENTENTE_SERVER_OPENAPI_H_

#include <vector>

#include <nlohmann/json.hpp>

#include "server/route.h"

namespace entente {

// Paths with each route's parameters (name, in, required, schema with the
// range or choices, description), its 200 media types and the problem
// responses; components hold the Answer and Problem schemas.
nlohmann::ordered_json OpenApiDocument(const std::vector<Route>& routes);

}  // namespace entente

#endif  // ENTENTE_SERVER_OPENAPI_H_
