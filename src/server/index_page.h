// The API's index page, at /api/: each route of the JSON API with its
// parameters and an example link.
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
