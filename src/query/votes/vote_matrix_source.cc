// Verified, cached loading of the vote matrix.
#include "query/votes/vote_matrix_source.h"

#include <fstream>

#include <fmt/format.h>

#include "data/checksum_cache.h"
#include "data/cow_states.h"
#include "data/sha256.h"
#include "data/un_roll_call_issues.h"
#include "data/un_roll_calls.h"
#include "data/un_votes.h"
#include "data/vote_matrix_cache.h"

namespace entente {

extern const std::string_view kCountryAliases;

namespace {

constexpr const char* kVoteDatasets[] = {"un_votes", "un_roll_calls", "un_roll_call_issues", "codelist", "cow_states"};
constexpr const char* kMemoKey = "vote_matrix";

}  // namespace

void UseVoteDatasets(Workspace& ws, Answer* answer) {
  for (const char* id : {"un_votes", "un_roll_calls", "un_roll_call_issues"}) answer->UseDataset(ws.Ref(id));
}

Result<VoteMatrix> LoadVoteMatrixFromCsv(Workspace& ws) {
  Result<const CountryRegistry*> reg = ws.Registry();
  if (!reg.ok()) return reg.status();
  Result<std::filesystem::path> rc_path = ws.DatasetPath("un_roll_calls");
  if (!rc_path.ok()) return rc_path.status();
  Result<std::filesystem::path> issue_path = ws.DatasetPath("un_roll_call_issues");
  if (!issue_path.ok()) return issue_path.status();
  Result<std::filesystem::path> vote_path = ws.DatasetPath("un_votes");
  if (!vote_path.ok()) return vote_path.status();
  std::ifstream rc_in(*rc_path, std::ios::binary);
  Result<std::vector<RollCall>> roll_calls = LoadUnRollCalls(rc_in, "unga/un_roll_calls.csv");
  if (!roll_calls.ok()) return roll_calls.status();
  std::ifstream issue_in(*issue_path, std::ios::binary);
  Result<std::vector<RollCallIssue>> issues = LoadUnRollCallIssues(issue_in, "unga/un_roll_call_issues.csv");
  if (!issues.ok()) return issues.status();
  std::ifstream vote_in(*vote_path, std::ios::binary);
  Result<std::vector<UnVote>> votes = LoadUnVotes(vote_in, "unga/un_votes.csv", **reg);
  if (!votes.ok()) return votes.status();
  // A seat that passed to a state COW codes anew: its votes from that state's
  // first day are that state's (data/un_votes.h).
  Result<std::filesystem::path> states_path = ws.DatasetPath("cow_states");
  if (!states_path.ok()) return states_path.status();
  auto spells =
      ws.LoadOnce<std::vector<MembershipSpell>>("cow_states_spells", [&] { return LoadCowStates(*states_path); });
  if (!spells.ok()) return spells.status();
  Result<std::vector<UnSeatSuccession>> moved = RecodeSucceededSeats(&votes.value(), *roll_calls, **spells, **reg);
  if (!moved.ok()) return moved.status();
  return VoteMatrix::Build(std::move(roll_calls.value()), *issues, *votes);
}

Result<std::string> VoteMatrixKey(Workspace& ws) {
  std::string key;
  for (const char* id : kVoteDatasets) {
    Result<std::filesystem::path> p = ws.DatasetPath(id);
    if (!p.ok()) return p.status();
    key += ws.manifest().Find(id)->sha256;
  }
  return Sha256Hex(key + std::string(kCountryAliases));
}

Result<std::shared_ptr<const VoteMatrix>> OpenVoteMatrix(Workspace& ws) {
  if (auto m = ws.Recall<VoteMatrix>(kMemoKey)) return m;
  Result<std::string> vote_key = VoteMatrixKey(ws);
  if (!vote_key.ok()) return vote_key.status();
  const std::string& key = *vote_key;
  std::filesystem::path cache_dir = UserCacheDir();
  std::filesystem::path snapshot;
  VoteMatrixCache::Loaded cached;
  if (!cache_dir.empty()) {
    snapshot = cache_dir / ("vote_matrix-" + key.substr(0, 16) + ".bin");
    cached = VoteMatrixCache::Load(key, snapshot);
  }
  std::shared_ptr<const VoteMatrix> matrix;
  if (cached.matrix) {
    matrix = std::make_shared<const VoteMatrix>(std::move(*cached.matrix));
  } else {
    Result<VoteMatrix> built = LoadVoteMatrixFromCsv(ws);
    if (!built.ok()) return built.status();
    if (!cached.damage.empty()) {
      ws.AddNote(fmt::format("the vote-matrix snapshot {} was not used ({}); rebuilt it from the UN votes CSV",
                             snapshot.string(), cached.damage));
    }
    // A cache that cannot be written only costs speed next time.
    if (!snapshot.empty()) (void)VoteMatrixCache::Save(*built, key, snapshot);
    matrix = std::make_shared<const VoteMatrix>(std::move(built.value()));
  }
  ws.Remember<VoteMatrix>(kMemoKey, matrix);
  return matrix;
}

}  // namespace entente
