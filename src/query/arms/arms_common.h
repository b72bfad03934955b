// What the arms queries share: loading the SIPRI trade register through the
// workspace, resolving the states a user names and the period asked for
// against it, and the columns and notes every arms answer carries.
#ifndef ENTENTE_QUERY_ARMS_ARMS_COMMON_H_
#define ENTENTE_QUERY_ARMS_ARMS_COMMON_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answer.h"
#include "core/period.h"
#include "core/status.h"
#include "data/sipri_transfers.h"
#include "query/workspace.h"

namespace entente {

// The dataset id of the trade register in the manifest.
inline constexpr char kSipriDataset[] = "sipri_transfers";

// Loads the register after the workspace has verified it (data error when it
// is missing, changed or malformed). Loaded once per workspace: a report or a
// claim file asks many arms questions of the same register.
Result<std::shared_ptr<const ArmsRegister>> LoadArmsRegister(Workspace& ws);

// A state or non-state actor the user named.
struct ArmsParty {
  std::string label;          // "Pakistan (PAK, 770)" or the actor's name
  std::optional<ActorId> id;  // nullopt when it never appears in the register
};

// Resolves what a user typed: a state (name, ISO or COW code), else the name
// of a non-state actor in the register ("NATO", "Houthi rebels (Yemen)").
// Returns the registry's usage error (with suggestions) when neither fits.
Result<ArmsParty> ResolveArmsParty(Workspace& ws, const ArmsRegister& reg, std::string_view query);

// The years to answer for: [from, to], each defaulting to the register's
// first or last delivery year. A usage error when from > to or when no year
// of the period is in the register; a period reaching beyond the register is
// cut to it, with a note in `answer`.
Result<Period> ArmsPeriod(const ArmsRegister& reg, std::optional<int> from, std::optional<int> to, Answer* answer);

// Adds the columns naming an actor (docs/OUTPUTS.md): `role`, its name as
// SIPRI spells it, then `role`_ccode, `role`_iso3 and `role`_stateabb, empty
// for an actor that is not a state (a rebel group, an alliance).
void AddActorColumns(Table& table, const std::string& role);
// The cells for those columns, in the same order; the codes the state had in
// `year` (its codes of today when no year is given).
void AppendActorCells(std::vector<Cell>& row, const Actor& actor, std::optional<int> year = std::nullopt);
// "Pakistan (PAK, 770)" for a state, the actor's name otherwise.
std::string ActorLabel(const Actor& actor);

// The measure's facts and the notes every arms answer carries (what TIV is,
// rounding), and provenance. `unvalued` is the number of rows in the
// selection whose TIV is missing.
void AddArmsProvenance(Workspace& ws, Answer& answer, int64_t unvalued);

// Decimals of TIV and of shares in the aligned view.
inline constexpr int kTivDecimals = 2;
inline constexpr int kShareDecimals = 4;

// Formats a share as a percentage for facts: "70.58%"; "-" when missing.
std::string PercentText(const std::optional<double>& share);

}  // namespace entente

#endif  // ENTENTE_QUERY_ARMS_ARMS_COMMON_H_
