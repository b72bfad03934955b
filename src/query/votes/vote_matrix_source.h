// Opening the UN vote record for queries: verifies the three UN files (and
// the registry's), then loads the VoteMatrix from the binary snapshot in the
// user's cache folder when one built from these very files exists, else from
// the CSV files (and writes the snapshot for next time).
#ifndef ENTENTE_QUERY_VOTES_VOTE_MATRIX_SOURCE_H_
#define ENTENTE_QUERY_VOTES_VOTE_MATRIX_SOURCE_H_

#include <memory>
#include <string>

#include "core/answer.h"
#include "core/status.h"
#include "data/vote_matrix.h"
#include "query/workspace.h"

namespace entente {

Result<std::shared_ptr<const VoteMatrix>> OpenVoteMatrix(Workspace& ws);

// The key of the vote matrix's snapshot: the SHA-256 of the manifest
// checksums of every input and of the alias table that maps codes to states.
Result<std::string> VoteMatrixKey(Workspace& ws);
// Loads from the CSV files, ignoring any snapshot (benchmarks, tests).
Result<VoteMatrix> LoadVoteMatrixFromCsv(Workspace& ws);
// Records the datasets behind the vote record in an answer's provenance.
void UseVoteDatasets(Workspace& ws, Answer* answer);

}  // namespace entente

#endif  // ENTENTE_QUERY_VOTES_VOTE_MATRIX_SOURCE_H_
