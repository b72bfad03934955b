// Errors as RFC 9457 problem details (application/problem+json): {type,
// title, status, detail}, the detail being the text the CLI prints for the
// same mistake.
#ifndef ENTENTE_SERVER_PROBLEM_H_
#define ENTENTE_SERVER_PROBLEM_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "server/http_message.h"

namespace entente {

// A problem response. Its type is the relative URI "/problems/KIND" (RFC
// 9457 allows a reference; docs/SERVER.md lists the kinds); `title` is the
// short summary of the kind and `detail` the message.
HttpResponse Problem(int status, std::string_view kind, std::string_view title, std::string_view detail);

// The problem for a query's failure: a usage error is 400 (bad-parameter),
// an unknown state 404 (unknown-state, the message naming the closest
// states), not found 404 (not-found), a data error or anything else 500.
HttpResponse ProblemFor(const Status& status);

}  // namespace entente

#endif  // ENTENTE_SERVER_PROBLEM_H_
