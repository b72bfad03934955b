// Parsing and matching of the reactor vendor table.
#include "data/reactor_vendors.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/text.h"
#include "data/toml_parse.h"

namespace entente {

extern const std::string_view kReactorVendors;

namespace {

constexpr const char* kBuiltinVendorsSource = "src/data/reactor_vendors.toml";

Status Bad(const std::string& source, const toml::node& node, std::string_view what) {
  return Status::DataError(fmt::format("{}:{}:{}: {}", source, node.source().begin.line,
                                       node.source().begin.column, what));
}

Status ReadStrings(const std::string& source, const toml::table& entry, std::string_view key,
                   std::vector<std::string>* out) {
  const toml::array* arr = entry[key].as_array();
  if (arr == nullptr) return Bad(source, entry, fmt::format("entry has no \"{}\" list; expected a list of names", key));
  for (const toml::node& n : *arr) {
    std::optional<std::string> s = n.value<std::string>();
    if (!s || s->empty()) return Bad(source, n, fmt::format("\"{}\" holds a non-text or empty item", key));
    out->push_back(ToLower(*s));
  }
  return Status::Ok();
}

}  // namespace

Result<ReactorVendors> ReactorVendors::Parse(std::string_view toml_text, const std::string& source) {
  Result<toml::table> parsed = ParseToml(toml_text, source);
  if (!parsed.ok()) return parsed.status();
  toml::table& doc = *parsed;
  const toml::array* entries = doc["vendor"].as_array();
  if (entries == nullptr) return Status::DataError(fmt::format("{}: no [[vendor]] entries", source));
  ReactorVendors out;
  for (const toml::node& node : *entries) {
    const toml::table* entry = node.as_table();
    if (entry == nullptr) return Bad(source, node, "expected a [[vendor]] table");
    ReactorVendor v;
    std::optional<int64_t> ccode = (*entry)["ccode"].value<int64_t>();
    if (!ccode || *ccode <= 0) return Bad(source, *entry, "entry has no positive \"ccode\" (the vendor state's COW code)");
    v.ccode = CowCode{static_cast<int>(*ccode)};
    v.designer = (*entry)["designer"].value_or(std::string());
    ENTENTE_RETURN_IF_ERROR(ReadStrings(source, *entry, "models", &v.models));
    ENTENTE_RETURN_IF_ERROR(ReadStrings(source, *entry, "prefixes", &v.prefixes));
    out.vendors_.push_back(std::move(v));
  }
  return out;
}

const Result<ReactorVendors>& ReactorVendors::Builtin() {
  static const Result<ReactorVendors> parsed = Parse(kReactorVendors, kBuiltinVendorsSource);
  return parsed;
}

const ReactorVendor* ReactorVendors::Find(std::string_view model) const {
  if (model.empty()) return nullptr;
  std::string m = ToLower(model);
  for (const ReactorVendor& v : vendors_) {
    for (const std::string& exact : v.models) {
      if (m == exact) return &v;
    }
    for (const std::string& prefix : v.prefixes) {
      if (m.compare(0, prefix.size(), prefix) == 0) return &v;
    }
  }
  return nullptr;
}

}  // namespace entente
