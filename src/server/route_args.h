// A route's parameters: what each accepts, and the values of one request,
// checked with the same functions as the CLI's options (query/option_values.h)
// before the route runs. Unknown and repeated parameters are refused, as the
// CLI refuses unknown and repeated options.
#ifndef ENTENTE_SERVER_ROUTE_ARGS_H_
#define ENTENTE_SERVER_ROUTE_ARGS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace entente {

enum class ParamKind {
  kText,      // any text (a state, a coalition); must not be empty
  kFilter,    // a text filter: not blank (an empty filter would match everything)
  kNumber,    // a whole number in digits from min to max
  kChoice,    // one of `choices` (any case)
  kList,      // comma-separated texts; may repeat
  kRepeated,  // a text filter that may repeat (each one not blank)
  kFlag,      // true, false, 1, 0, or empty (= true)
};

struct RouteParam {
  RouteParam(std::string name_in, ParamKind kind_in, std::string help_in)
      : name(std::move(name_in)), kind(kind_in), help(std::move(help_in)) {}

  std::string name;
  ParamKind kind = ParamKind::kText;
  std::string help;
  bool required = false;
  bool in_path = false;
  uint64_t min = 0;
  uint64_t max = 0;
  std::string what;  // for numbers: "a year", "a count"
  std::vector<std::string> choices;
};

// Shorthands for the table.
RouteParam TextParam(std::string name, std::string help, bool required = false);
RouteParam FilterParam(std::string name, std::string help);
RouteParam NumberParam(std::string name, std::string help, uint64_t min, uint64_t max, std::string what);
RouteParam YearParam(std::string name, std::string help, uint64_t min = 1400, uint64_t max = 2100);
RouteParam CountParam(std::string name, std::string help);
RouteParam ChoiceParam(std::string name, std::string help, std::vector<std::string> choices);
RouteParam ListParam(std::string name, std::string help, bool required = false);
RouteParam RepeatedParam(std::string name, std::string help);
RouteParam FlagParam(std::string name, std::string help);

// The checked values of one request.
class RouteArgs {
 public:
  // Checks `given` (query and path parameters) against `specs`: a usage error
  // naming the parameter for an unknown one, a repeated one (but lists), a
  // missing required one or a value its kind refuses.
  static Result<RouteArgs> Check(const std::vector<RouteParam>& specs,
                                 const std::vector<std::pair<std::string, std::string>>& given);

  bool Has(std::string_view name) const { return values_.count(std::string(name)) > 0; }
  // REQUIRES for each: `name` is a parameter of the route of the kind asked.
  std::string Text(std::string_view name) const;  // "" when absent
  std::optional<std::string> OptionalText(std::string_view name) const;
  std::optional<int> Number(std::string_view name) const;  // max of the spec at most INT_MAX
  std::optional<uint64_t> Unsigned(std::string_view name) const;
  int NumberOr(std::string_view name, int fallback) const;
  bool Flag(std::string_view name) const;
  // A list's items (split at commas) or a repeated parameter's values.
  std::vector<std::string> List(std::string_view name) const;

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

}  // namespace entente

#endif  // ENTENTE_SERVER_ROUTE_ARGS_H_
