// An actor named in a dataset: a state of the registry, or a named actor
// without a COW code (SIPRI's rebel groups, multinational bodies, "unknown
// supplier(s)"), kept by name so that nothing is dropped silently. The
// country registry fills it (data/country_registry.h); the arms ledger and
// its measures read it.
#ifndef ENTENTE_MODEL_ACTOR_H_
#define ENTENTE_MODEL_ACTOR_H_

#include <string>

#include "core/country.h"

namespace entente {

// What a name in a dataset stands for: a state, or an actor without a COW code.
struct Actor {
  const Country* country = nullptr;  // null for a non-state actor
  std::string name;                  // the state's display name or the actor's own name
  bool multinational = false;        // SIPRI's '**' (NATO, the UN, ...)
  bool is_state() const { return country != nullptr; }
};

}  // namespace entente

#endif  // ENTENTE_MODEL_ACTOR_H_
