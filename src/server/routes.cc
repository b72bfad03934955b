// The route table and the JSON reply every answer route shares.
#include "output/json_writer.h"
#include "query/query_args.h"
#include "server/route.h"

namespace entente {

const std::vector<Route>& ApiRoutes() {
  static const std::vector<Route> routes = [] {
    std::vector<Route> r;
    AddStateRoutes(r);
    AddVoteRoutes(r);
    AddArmsRoutes(r);
    AddRelationRoutes(r);
    AddDocumentRoutes(r);
    return r;
  }();
  return routes;
}

Result<Reply> JsonReply(const Workspace& ws, Result<Answer> answer) {
  if (!answer.ok()) return answer.status();
  NameRegistryDatasets(ws, *answer);  // as the command line does
  // The bytes of `entente ... --format json` (output/format.cc).
  return Reply{"application/json", AnswerToJson(*answer).dump(2) + "\n"};
}

}  // namespace entente
