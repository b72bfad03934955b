// Problem details for the API's errors.
#include "server/problem.h"

#include <nlohmann/json.hpp>

namespace entente {

HttpResponse Problem(int status, std::string_view kind, std::string_view title, std::string_view detail) {
  nlohmann::ordered_json body;
  body["type"] = "/problems/" + std::string(kind);
  body["title"] = title;
  body["status"] = status;
  body["detail"] = detail;
  HttpResponse response;
  response.status = status;
  response.content_type = "application/problem+json";
  // Invalid UTF-8 typed by a user is echoed in messages: replace, never throw.
  response.body = body.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  return response;
}

HttpResponse ProblemFor(const Status& status) {
  const std::string& message = status.message();
  switch (status.code()) {
    case Status::Code::kUsage:
      if (message.find("unknown country") != std::string::npos) {
        return Problem(404, "unknown-state", "Unknown state", message);
      }
      return Problem(400, "bad-parameter", "Bad parameter", message);
    case Status::Code::kNotFound: return Problem(404, "not-found", "Nothing found", message);
    case Status::Code::kDataError: return Problem(500, "data-error", "Data error", message);
    default: return Problem(500, "internal-error", "Internal error", message);
  }
}

}  // namespace entente
