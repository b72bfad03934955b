// Display helpers of Country.
#include "core/country.h"

#include <fmt/format.h>

namespace entente {

std::string Country::Label() const {
  return fmt::format("{} ({}, {})", name, ShortCode(), ccode.value);
}

}  // namespace entente
