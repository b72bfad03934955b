// The arms ledger: SIPRI's trade register as entente holds it, one delivery
// per deal and year with its actors and texts interned. The SIPRI loader
// fills it (data/sipri_transfers.h); the arms measures and queries read it,
// and never see how the file was parsed.
#ifndef ENTENTE_MODEL_ARMS_REGISTER_H_
#define ENTENTE_MODEL_ARMS_REGISTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/period.h"
#include "model/actor.h"

namespace entente {

// Index of an actor in ArmsRegister::actors.
using ActorId = uint32_t;
// Index of a text in ArmsRegister::texts.
using TextId = uint32_t;

// One row of the register: what a deal delivered in one year. Text fields
// are indices into the register's texts (ArmsRegister::Text), so a row stays
// small: the register has 25,000 rows but fewer than 3,000 distinct texts.
struct ArmsDelivery {
  int64_t deal_id = 0;
  std::optional<double> tiv_unit_new;  // millions of TIV
  std::optional<double> tiv_unit;      // millions of TIV
  std::optional<double> tiv;           // millions of TIV delivered in `year`; nullopt: none identified
  ActorId supplier = 0;
  ActorId recipient = 0;
  TextId designation = 0;
  TextId description = 0;
  TextId category = 0;
  TextId status = 0;
  std::optional<int> order_year;
  std::optional<int> delivered;  // units
  int year = 0;
  std::optional<bool> order_year_estimate;
  std::optional<bool> delivered_estimate;
  std::optional<bool> year_estimate;
  bool local_production = false;
};

struct ArmsRegister {
  // Every supplier and recipient once: one entry per state (whatever SIPRI
  // name it came under) and one per non-state actor name.
  std::vector<Actor> actors;
  std::vector<ArmsDelivery> deliveries;  // in file order
  // First and last delivery year; nullopt for a register without rows.
  std::optional<Period> years;

  // Each distinct designation, description, category and status once.
  std::vector<std::string> texts;

  // The actor for a state, or nullopt when the state never appears.
  std::optional<ActorId> FindState(CowCode ccode) const;
  // REQUIRES: id < texts.size().
  const std::string& Text(TextId id) const { return texts[id]; }
};

}  // namespace entente

#endif  // ENTENTE_MODEL_ARMS_REGISTER_H_
