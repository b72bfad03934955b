// ReactorVendors: the project's table of reactor models and the state of the
// vendor behind each design (src/data/reactor_vendors.toml, embedded in the
// binary). A model matches an entry when it equals one of the entry's models
// or starts with one of its prefixes, ignoring ASCII case.
#ifndef ENTENTE_DATA_REACTOR_VENDORS_H_
#define ENTENTE_DATA_REACTOR_VENDORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/country.h"
#include "core/status.h"

namespace entente {

struct ReactorVendor {
  CowCode ccode;
  std::string designer;
  std::vector<std::string> models;
  std::vector<std::string> prefixes;
};

class ReactorVendors {
 public:
  // Parses a table; a data error names the source and the bad entry.
  static Result<ReactorVendors> Parse(std::string_view toml, const std::string& source);
  // The table built into entente, parsed once per process (it cannot change
  // while entente runs).
  static const Result<ReactorVendors>& Builtin();

  // The vendor whose design `model` names, or null when the table does not say.
  const ReactorVendor* Find(std::string_view model) const;
  const std::vector<ReactorVendor>& vendors() const { return vendors_; }

 private:
  std::vector<ReactorVendor> vendors_;
};

}  // namespace entente

#endif  // ENTENTE_DATA_REACTOR_VENDORS_H_
