// Look-ups in the arms ledger.
#include "model/arms_register.h"

namespace entente {

std::optional<ActorId> ArmsRegister::FindState(CowCode ccode) const {
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].is_state() && actors[i].country->ccode == ccode) return static_cast<ActorId>(i);
  }
  return std::nullopt;
}

}  // namespace entente
