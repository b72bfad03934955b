// The page at /: what the server offers now (the JSON API, each route with
// its parameters and an example link) and what it does not yet (the dashboard).
#ifndef ENTENTE_SERVER_INDEX_PAGE_H_
#define ENTENTE_SERVER_INDEX_PAGE_H_

#include <string>
#include <vector>

#include "server/route.h"

namespace entente {

// A self-contained HTML page without scripts; every text is escaped.
std::string IndexPage(const std::vector<Route>& routes);

}  // namespace entente

#endif  // ENTENTE_SERVER_INDEX_PAGE_H_
